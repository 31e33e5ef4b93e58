package org.yiyang.meals.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteAction;
import org.yiyang.meals.domain.Serving;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * Who may do what in meal assistance, in one place. The county administrator keeps the sites, the layout plan and
 * the subsidy table; the registry's users (bureau, township offices, grid workers) register elders and hand out
 * cards; a site's operator (its provider's administrator and staff) records and corrects the meals of its own
 * sites, and the county administrator may correct any. The county administrator settles the sites' months, which
 * the bureau and the operator's administrator read; the registry's users book meals ahead; the bureau and township
 * offices follow up the elders who stopped coming. The use cases refuse everything else, each with its message;
 * views carry what {@link #allowed} answers.
 */
final class MealActions {

    /** Who registers elders for meals and hands out their cards. */
    static final Role[] REGISTRARS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};
    /** Who works at a meal site: the operator's accounts. */
    static final Role[] OPERATORS = {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF};
    /** Who reads sites, the layout plan and the subsidy table: the registry's users and operators. */
    static final Role[] READERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT,
            Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF};
    /** Who reads monthly settlements: the bureau, and an operator's administrator those of its own sites. */
    static final Role[] SETTLEMENT_READERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.PROVIDER_ADMIN};
    /** Who follows up elders who stopped coming to meals: the bureau and the township offices. */
    static final Role[] FOLLOWERS_UP = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    /** Who reads the monthly figures: the bureau (the whole county) and township offices (their township). */
    static final Role[] FIGURE_READERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    private static final List<MealSiteAction> KEEPING = List.of(MealSiteAction.EDIT, MealSiteAction.OPEN,
            MealSiteAction.SUSPEND, MealSiteAction.CLOSE);

    private MealActions() {
    }

    /** The steps the caller may take on the site now ({@code operator}: the provider the caller works for). */
    static Set<MealSiteAction> allowed(Caller caller, Optional<Long> operator, MealSite site) {
        Set<MealSiteAction> allowed = EnumSet.noneOf(MealSiteAction.class);
        if (keepsSites(caller)) {
            KEEPING.stream().filter(site::allows).forEach(allowed::add);
        }
        if (operates(caller, operator, site.providerId()) && site.allows(MealSiteAction.SERVE)) {
            allowed.add(MealSiteAction.SERVE);
        }
        return allowed;
    }

    /** Whether the caller works for the operator of a site (or of a serving's site). */
    static boolean operates(Caller caller, Optional<Long> operator, long providerId) {
        return isOperator(caller) && operator.map(p -> p == providerId).orElse(false);
    }

    /** Whether the caller may reverse the serving: the site's operator, or the county administrator. */
    static boolean mayReverse(Caller caller, Optional<Long> operator, Serving serving) {
        return keepsSites(caller) || operates(caller, operator, serving.providerId());
    }

    /** Provider accounts outside the bureau (a bureau account with a provider role is the bureau). */
    static boolean isOperator(Caller caller) {
        return !Access.countyWide(caller) && caller.hasAny(OPERATORS);
    }

    /** The county administrator, who keeps sites, layout plan and subsidy table. */
    static boolean keepsSites(Caller caller) {
        return caller.has(Role.COUNTY_ADMIN) && caller.county().isPresent();
    }

    /** The caller, who must be the county administrator; else refused with this message. */
    static Caller requireCountyAdmin(String refusalKey) {
        return Access.requireCountyRole(refusalKey, Role.COUNTY_ADMIN);
    }

    /** The county administrator, who settles the sites' months. */
    static Caller requireSettler() {
        return requireCountyAdmin("meals.settlement.adminOnly");
    }

    static Caller requireSettlementReader() {
        return Access.requireCountyRole("meals.settlement.readersOnly", SETTLEMENT_READERS);
    }

    /** Who books and cancels an elder's meals: the registry's users (the elder's family asks them). */
    static Caller requireBooker() {
        return Access.requireCountyRole("meals.booking.registryOnly", REGISTRARS);
    }

    static Caller requireFollowerUp() {
        return Access.requireCountyRole("meals.noShow.followUpOnly", FOLLOWERS_UP);
    }

    static Caller requireRegistrar() {
        return Access.requireCountyRole("meals.registration.registryOnly", REGISTRARS);
    }

    static Caller requireOperator() {
        Caller caller = Access.requireCountyRole("meals.serving.operatorOnly", OPERATORS);
        if (!isOperator(caller)) {
            throw DomainException.forbidden("meals.serving.operatorOnly");
        }
        return caller;
    }

    static Caller requireReader() {
        return Access.requireCountyRole(READERS);
    }

    static Caller requireFigureReader() {
        return Access.requireCountyRole(FIGURE_READERS);
    }
}
