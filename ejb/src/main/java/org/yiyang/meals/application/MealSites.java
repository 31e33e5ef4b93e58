package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteAction;
import org.yiyang.meals.domain.MealSiteLevel;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSiteSearch;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.MealSiteType;
import org.yiyang.meals.domain.SiteDetails;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;

/**
 * The county's meal sites. The county administrator registers them (planned first), changes them and opens,
 * suspends or closes them; the bureau reads all of them, township offices and grid workers their township's, an
 * operator its own.
 */
@Stateless
public class MealSites {

    @Inject
    MealSiteRepository sites;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    ProviderDirectory providers;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public MealSiteView register(SiteInput in) {
        Caller caller = MealActions.requireCountyAdmin("meals.site.adminOnly");
        MealSite site = new MealSite(details(in), caller.username(), clock.instant());
        sites.store(site);
        audit.record("MEAL_SITE_REGISTERED", "mealSite", site.id(), site.type() + " " + site.name());
        return views.site(site, caller, Optional.empty());
    }

    public MealSiteView change(long id, SiteInput in) {
        Caller caller = MealActions.requireCountyAdmin("meals.site.adminOnly");
        MealSite site = scope.site(caller, id);
        site.change(details(in), caller.username(), clock.instant());
        audit.record("MEAL_SITE_CHANGED", "mealSite", site.id(), site.type() + " " + site.name());
        return views.site(site, caller, Optional.empty());
    }

    /** Opens (or reopens), suspends or closes a site; the reason is kept in the audit log. */
    public MealSiteView changeStatus(long id, SiteStatusChange change) {
        Caller caller = MealActions.requireCountyAdmin("meals.site.adminOnly");
        MealSite site = scope.site(caller, id);
        MealSiteStatus target = Inputs.parse(MealSiteStatus.class, change.status(), "status");
        if (target == null) {
            throw DomainException.invalid("status", "meals.site.status.required");
        }
        MealSiteAction action = MealSiteAction.toReach(target)
                .orElseThrow(() -> DomainException.invalid("status", "meals.site.status.backToPlanned"));
        String reason = Inputs.text(change.reason(), Inputs.MAX_REASON, "reason");
        Instant now = clock.instant();
        MealSiteStatus from = site.take(action, ChinaTime.dayOf(now), caller.username(), now);
        audit.record("MEAL_SITE_STATUS", "mealSite", site.id(), from + " -> " + target
                + (reason == null ? "" : " (" + reason + ")"));
        return views.site(site, caller, Optional.empty());
    }

    public MealSiteView site(long id) {
        Caller caller = MealActions.requireReader();
        return views.site(scope.site(caller, id), caller, scope.operatorOf(caller));
    }

    /** The sites the caller sees, by township and name, optionally of one township, status or type. */
    public List<MealSiteView> sites(String township, String status, String type) {
        Caller caller = MealActions.requireReader();
        Optional<String> wanted = Optional.ofNullable(Inputs.blank(township)).map(String::strip);
        Optional<String> own = scope.township(caller);
        if (own.isPresent() && wanted.isPresent() && !own.equals(wanted)) {
            throw DomainException.forbidden("meals.site.otherTownship");
        }
        Optional<Long> operator = scope.operatorOf(caller);
        if (MealActions.isOperator(caller) && operator.isEmpty()) {
            throw DomainException.forbidden("provider.unknownAccount");
        }
        MealSiteSearch search = new MealSiteSearch(own.or(() -> wanted), operator,
                Optional.ofNullable(Inputs.parse(MealSiteStatus.class, status, "status")),
                Optional.ofNullable(Inputs.parse(MealSiteType.class, type, "type")));
        return sites.search(search).stream().map(s -> views.site(s, caller, operator)).toList();
    }

    /**
     * The sites at which the caller records meals now: the open sites of the operator the caller works for, by
     * township and name. Refused to everybody but an operator's accounts.
     */
    public List<MealSiteView> servingSites() {
        Caller caller = MealActions.requireOperator();
        Optional<Long> operator = scope.operatorOf(caller);
        if (operator.isEmpty()) {
            throw DomainException.forbidden("provider.unknownAccount");
        }
        MealSiteSearch search = new MealSiteSearch(Optional.empty(), operator, Optional.of(MealSiteStatus.OPEN),
                Optional.empty());
        return sites.search(search).stream()
                .filter(s -> MealActions.allowed(caller, operator, s).contains(MealSiteAction.SERVE))
                .map(s -> views.site(s, caller, operator)).toList();
    }

    /**
     * The details of an input: the village (and so the township) of the county, and an operator that is a provider
     * of the county doing meals and serving that township.
     */
    private SiteDetails details(SiteInput in) {
        String villageCode = Inputs.blank(in.villageCode());
        if (villageCode == null) {
            throw DomainException.invalid("villageCode", "meals.site.village.required");
        }
        Village village = places.village(villageCode.strip())
                .orElseThrow(() -> DomainException.invalid("villageCode", "village.unknown", villageCode.strip()));
        if (in.providerId() == null) {
            throw DomainException.invalid("providerId", "meals.site.provider.required");
        }
        ProviderRef operator = providers.find(in.providerId())
                .orElseThrow(() -> DomainException.invalid("providerId", "provider.notFound", in.providerId()));
        if (!operator.takes(ProviderWork.MEALS)) {
            throw DomainException.invalid("providerId", "meals.site.provider.unsuitable", operator.name());
        }
        if (!operator.serves(village.townshipCode())) {
            throw DomainException.invalid("providerId", "meals.site.provider.outsideArea", operator.name());
        }
        return SiteDetails.of(Inputs.parse(MealSiteType.class, in.type(), "type"),
                Inputs.parse(MealSiteLevel.class, in.level(), "level"),
                Inputs.text(in.name(), SiteDetails.MAX_NAME, "name"), operator.id(),
                Inputs.text(in.address(), SiteDetails.MAX_ADDRESS, "address"), village.code(),
                village.townshipCode(), in.latitude(), in.longitude(), in.capacity(), periods(in.periods()),
                Boolean.TRUE.equals(in.delivery()), in.openingDate());
    }

    private static Set<MealPeriod> periods(List<String> names) {
        Set<MealPeriod> periods = EnumSet.noneOf(MealPeriod.class);
        if (names != null) {
            for (String n : names) {
                MealPeriod p = Inputs.parse(MealPeriod.class, n, "periods");
                if (p != null) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }
}
