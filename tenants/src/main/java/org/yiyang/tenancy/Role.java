package org.yiyang.tenancy;

import java.util.Optional;

/** The realm roles of the Keycloak realm {@code yiyang}, by their names in the token. */
public enum Role {
    PLATFORM_OPERATOR("platform-operator"),
    CITY_OFFICIAL("city-official"),
    COUNTY_ADMIN("county-admin"),
    COUNTY_STAFF("county-staff"),
    TOWNSHIP_STAFF("township-staff"),
    VILLAGE_ASSISTANT("village-assistant"),
    PROVIDER_ADMIN("provider-admin"),
    PROVIDER_STAFF("provider-staff"),
    VOLUNTEER("volunteer");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name as Keycloak puts it into {@code realm_access.roles}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        for (Role r : values()) {
            if (r.roleName.equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
