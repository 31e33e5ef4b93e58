package org.yiyang.orders.application;

import java.util.EnumSet;
import java.util.Set;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * Which steps a caller may take on an order, in one place: the roles that own each step here, the statuses it may
 * be taken in from the order ({@link Order#allows}). The use cases refuse a step to every other role, each step with
 * its message; the order page offers what {@link #allowed} answers.
 */
final class OrderActions {

    /** Take orders in: the hotline and bureau, township offices, grid workers, providers. */
    private static final Role[] TAKE_IN = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT, Role.PROVIDER_ADMIN};
    /** Dispatch to a provider: the bureau and township offices. */
    private static final Role[] DISPATCH = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};
    /** Cancel: the bureau, township offices, grid workers. */
    private static final Role[] CANCEL = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};
    /** Record the elder's or family's confirmation and rating (on their behalf, by phone or visit). */
    private static final Role[] CONFIRM = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};

    /** The steps taken on one order: creating comes before there is one, settling goes by a provider's month. */
    private static final Set<OrderAction> ON_AN_ORDER = EnumSet.range(OrderAction.ASSIGN, OrderAction.CONFIRM);

    private OrderActions() {
    }

    /** The steps the caller may take on the order now. */
    static Set<OrderAction> allowed(Caller caller, Order order) {
        Set<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
        for (OrderAction a : ON_AN_ORDER) {
            if (owns(caller, a) && order.allows(a)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    /** Whether the step is the caller's role's. */
    static boolean owns(Caller c, OrderAction action) {
        return switch (action) {
            case CREATE -> inCounty(c, TAKE_IN);
            case ASSIGN -> inCounty(c, DISPATCH);
            case CANCEL -> inCounty(c, CANCEL);
            case CONFIRM -> inCounty(c, CONFIRM);
            case ASSIGN_STAFF, REJECT -> OrderRoles.providerAdmin(c);
            case CHECK_IN, CHECK_OUT -> OrderRoles.providerAdmin(c) || OrderRoles.providerStaff(c);
            case SETTLE -> inCounty(c, Role.COUNTY_ADMIN);
        };
    }

    /** The caller, whose role must own the step; anyone else is refused (403) with the step's message. */
    static Caller require(OrderAction action) {
        Caller caller = TenantScope.requireCaller();
        if (!owns(caller, action)) {
            throw DomainException.forbidden(refusal(action));
        }
        return caller;
    }

    private static String refusal(OrderAction action) {
        return switch (action) {
            case ASSIGN_STAFF, REJECT -> "order.providerAdminOnly";
            case CHECK_IN, CHECK_OUT -> "order.providerOnly";
            case SETTLE -> "settlement.adminOnly";
            case CREATE, ASSIGN, CANCEL, CONFIRM -> "access.forbidden";
        };
    }

    private static boolean inCounty(Caller c, Role... roles) {
        return c.hasAny(roles) && c.county().isPresent();
    }
}
