package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderStanding;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.MealPrice;
import org.yiyang.meals.domain.MealSettlementRepository;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingKind;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.meals.domain.SubsidyClaims;
import org.yiyang.meals.domain.SubsidyTable;
import org.yiyang.meals.domain.SubsidyTableRepository;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * The meal ledger's entries. An operator's staff record a meal at one of its open sites, priced under the subsidy
 * table in force on the meal's day for the elder's age band and economic status. One subsidised meal per elder,
 * period and day across the county: the serving claims it in its own transaction, and a second subsidised attempt,
 * wherever it is made, is refused (409) and may be served at full price instead. Corrections are reversal entries,
 * which give the claim back. Each entry is booked into the site's first open month from its meal's month on, read
 * under the site's lock, so that no entry slips into a month while it is being settled.
 */
@Stateless
public class MealServings {

    @Inject
    MealSiteRepository sites;

    @Inject
    ServingRepository servings;

    @Inject
    SubsidyTableRepository tables;

    @Inject
    SubsidyClaims claims;

    @Inject
    MealSettlementRepository settlements;

    @Inject
    ElderDirectory elders;

    @Inject
    Diners diners;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    AuditLog audit;

    @Inject
    Event<MealServed> served;

    @Inject
    Clock clock;

    public ServingView record(RecordServing in) {
        Caller caller = MealActions.requireOperator();
        if (in.siteId() == null) {
            throw DomainException.invalid("siteId", "meals.serving.site.required");
        }
        Optional<Long> operator = scope.operatorOf(caller);
        MealSite site = sites.find(in.siteId())
                .filter(s -> MealActions.operates(caller, operator, s.providerId()))
                .orElseThrow(() -> MealScope.siteNotFound(in.siteId()));
        MealPeriod period = Inputs.parse(MealPeriod.class, in.period(), "period");
        if (period == null) {
            throw DomainException.invalid("period", "meals.serving.period.required");
        }
        ServingKind given = Inputs.parse(ServingKind.class, in.kind(), "kind");
        ServingKind kind = given == null ? ServingKind.SERVED : given;
        Instant now = clock.instant();
        LocalDate day = ChinaTime.dayOf(now);
        Diners.Diner diner = diners.identify(in, day);
        ElderStanding standing = elders.standing(diner.elder().id()).orElseThrow();
        boolean fullPrice = Boolean.TRUE.equals(in.fullPrice());
        MealPrice price = SubsidyTable.scheduleOn(tables.versions(), day)
                .priceFor(standing.band(), standing.economicStatus(), fullPrice);
        Serving s = Serving.record(site, diner.registration(), day, period, kind, diner.identifiedBy(), price,
                fullPrice, settlements.settledMonths(site.id()), caller.username(), now);
        servings.store(s);
        String county = TenantScope.requireCounty();
        s.claim().ifPresent(c -> {
            if (!claims.claim(county, c, s.id())) {
                throw DomainException.conflict("meals.serving.alreadySubsidised", diner.elder().name(),
                        new DomainException.Label("MealPeriod." + period.name()), price.price());
            }
        });
        served.fire(new MealServed(county, s.id(), s.elderId(), s.siteId(), s.townshipCode(), day, period.name(),
                s.subsidised(), now));
        return views.serving(s, false);
    }

    /**
     * Reverses a serving (its site's operator, or the county administrator): a negated entry linked to it, with the
     * reason; the elder's subsidised meal of that period is given back. A serving is reversed at most once.
     */
    public ServingView reverse(long id, String reason) {
        Caller caller = TenantScope.requireCaller();
        if (!MealActions.isOperator(caller) && !MealActions.keepsSites(caller)) {
            throw DomainException.forbidden("meals.serving.reverseForbidden");
        }
        Serving original = scope.serving(caller, id);
        if (!MealActions.mayReverse(caller, scope.operatorOf(caller), original)) {
            throw DomainException.forbidden("meals.serving.reverseForbidden");
        }
        String why = Inputs.reason(reason);
        if (servings.reversalOf(id).isPresent()) {
            throw DomainException.conflict("meals.serving.reversedAlready");
        }
        Serving reversal = original.reversal(why, settlements.settledMonths(original.siteId()), caller.username(),
                clock.instant());
        try {
            servings.store(reversal);
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("meals.serving.reversedAlready");
        }
        original.claim().ifPresent(c -> claims.release(TenantScope.requireCounty(), c, original.id()));
        audit.record("MEAL_SERVING_REVERSED", "mealServing", original.id(), "reversal " + reversal.id() + ": " + why);
        return views.serving(reversal, false);
    }
}
