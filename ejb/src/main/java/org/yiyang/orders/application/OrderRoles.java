package org.yiyang.orders.application;

import org.yiyang.shared.application.Access;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/** Who owns which step of an order. */
final class OrderRoles {

    /** Take orders in: the hotline and bureau, township offices, grid workers, providers. */
    static final Role[] CREATE = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT,
            Role.PROVIDER_ADMIN};
    /** Dispatch to a provider: the bureau and township offices. */
    static final Role[] DISPATCH = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};
    /** Cancel: the bureau, township offices, grid workers. */
    static final Role[] CANCEL = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT};
    /** Record the elder's or family's confirmation and rating (on their behalf, by phone or visit). */
    static final Role[] CONFIRM = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT};

    private OrderRoles() {
    }

    static boolean township(Caller c) {
        return !Access.countyWide(c) && c.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT);
    }

    static boolean providerAdmin(Caller c) {
        return !Access.countyWide(c) && c.has(Role.PROVIDER_ADMIN);
    }

    static boolean providerStaff(Caller c) {
        return !Access.countyWide(c) && !c.has(Role.PROVIDER_ADMIN) && c.has(Role.PROVIDER_STAFF);
    }

}
