package org.yiyang.demo;

import java.util.Optional;
import java.util.Set;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/** The demo accounts of the realm as callers, so that seeds act through the services as those people would. */
public final class DemoCallers {

    private DemoCallers() {
    }

    public static Caller of(String username, String county, Role role) {
        return of(username, county, role, null, null);
    }

    public static Caller of(String username, String county, Role role, String township, String provider) {
        return new Caller(username, username, Set.of(role), Optional.of(county), Optional.empty(),
                Optional.ofNullable(township), Optional.ofNullable(provider));
    }
}
