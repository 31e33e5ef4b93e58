package org.yiyang.orders.application;

import org.yiyang.shared.application.Access;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/** Which side of an order a caller works on (the county bureau sees the whole county; see {@link Access}). */
final class OrderRoles {

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
