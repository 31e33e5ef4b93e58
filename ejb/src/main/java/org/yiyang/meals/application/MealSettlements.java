package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.meals.domain.MealSettlement;
import org.yiyang.meals.domain.MealSettlementRepository;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSplit;
import org.yiyang.meals.domain.Serving;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * Monthly settlement with a site's operator, per funding source. The county administrator settles a site's month
 * (the current month so far, or a past one): the entries booked into it are summed, a reversal negatively, and the
 * month is locked, so that a meal recorded later for a day of it, or a late reversal, goes into the next open month
 * and the settled totals never change. One settlement per site and month. The bureau reads all settlements, an
 * operator's administrator those of its own sites.
 */
@Stateless
public class MealSettlements {

    static final int MAX_LIST = 500;

    @Inject
    MealSettlementRepository settlements;

    @Inject
    MealSiteRepository sites;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    ProviderDirectory providers;

    @Inject
    ElderDirectory elders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Settles a site's month; the month is empty when the request named none. */
    public MealSettlementView settle(Long siteId, YearMonth month) {
        Caller caller = MealActions.requireSettler();
        if (siteId == null) {
            throw DomainException.invalid("siteId", "meals.settlement.site.required");
        }
        if (month == null) {
            throw DomainException.invalid("month", "meals.settlement.month.required");
        }
        Instant now = clock.instant();
        if (!MealSettlement.maySettle(month, now)) {
            throw DomainException.invalid("month", "meals.settlement.month.future");
        }
        // first of all: the entries being recorded at the site are committed, and whatever is read next sees them
        settlements.lockForSettlement(siteId);
        MealSite site = sites.find(siteId).orElseThrow(() -> DomainException.invalid("siteId", "meals.site.unknown",
                String.valueOf(siteId)));
        if (settlements.of(site.id(), month).isPresent()) {
            throw exists(site, month);
        }
        MealSettlement s = new MealSettlement(site, month, caller.username(), now);
        List<Serving> entries = settlements.bookedInto(site.id(), month);
        entries.forEach(s::include);
        try {
            settlements.store(s);
        } catch (PersistenceException concurrent) {
            throw exists(site, month);
        }
        audit.record("MEAL_SITE_SETTLED", "mealSite", site.id(), month + ": " + s.meals() + " meals ("
                + s.servings() + " servings, " + s.reversals() + " reversals), " + s.totals().total().amount());
        return view(s, entries);
    }

    /** The settlements the caller reads, newest month first: of one site when named. */
    public List<MealSettlementView> settlements(Long siteId) {
        Caller caller = MealActions.requireSettlementReader();
        Optional<Long> site = Optional.ofNullable(siteId).map(id -> scope.site(caller, id).id());
        return settlements.search(site, operator(caller), MAX_LIST).stream().map(s -> view(s, null)).toList();
    }

    /** One settlement with its totals and every entry. */
    public MealSettlementView settlement(long id) {
        Caller caller = MealActions.requireSettlementReader();
        Optional<Long> operator = operator(caller);
        MealSettlement s = settlements.find(id).filter(x -> operator.map(p -> p == x.providerId()).orElse(true))
                .orElseThrow(() -> DomainException.notFound("meals.settlement.notFound", String.valueOf(id)));
        return view(s, settlements.bookedInto(s.siteId(), s.month()));
    }

    /** The operator whose sites an operator's account reads (none: -1); empty for the bureau. */
    private Optional<Long> operator(Caller caller) {
        return MealActions.isOperator(caller) ? Optional.of(scope.operatorOf(caller).orElse(-1L)) : Optional.empty();
    }

    private static DomainException exists(MealSite site, YearMonth month) {
        return DomainException.conflict("meals.settlement.exists", site.name(), month.toString());
    }

    /** The view; with the lines when the entries are given. */
    private MealSettlementView view(MealSettlement s, List<Serving> entries) {
        Optional<MealSite> site = sites.find(s.siteId());
        MealSplit t = s.totals();
        Map<Long, Optional<ElderRef>> names = new HashMap<>();
        List<MealSettlementView.Line> lines = entries == null ? List.of() : entries.stream().map(e -> {
            Optional<ElderRef> elder = names.computeIfAbsent(e.elderId(), elders::find);
            MealSplit split = e.split();
            return new MealSettlementView.Line(e.id(), e.mealDay(), e.period().name(), e.kind().name(), e.elderId(),
                    elder.map(ElderRef::name).orElse(null), elder.map(ElderRef::idNumberMasked).orElse(null),
                    e.subsidised(), e.fullPrice(), e.tableVersion(), e.price(), split.elder().amount(),
                    split.county().amount(), split.city().amount(), split.charity().amount(), e.reversesId(),
                    e.recordedAt());
        }).toList();
        String township = site.map(MealSite::townshipCode).orElse(null);
        return new MealSettlementView(s.id(), s.siteId(), site.map(MealSite::name).orElse(null), township,
                township == null ? null : views.township(township), s.providerId(),
                providers.find(s.providerId()).map(ProviderRef::name).orElse(null), s.month().toString(),
                s.servings(), s.reversals(), s.meals(), t.elder().amount(), t.county().amount(), t.city().amount(),
                t.charity().amount(), t.subsidy().amount(), t.total().amount(), s.createdBy(), s.createdAt(), lines);
    }
}
