package org.yiyang.tenancy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is doing the current unit of work, with the scopes the verified token grants: the county (tenant),
 * the city (city officials), the township (township staff, village assistants) and the provider (provider
 * users). Built only from a verified token or, for scheduled work, as a system caller of one county.
 *
 * @param username  the login name ({@code preferred_username}), or {@code system} for jobs
 * @param fullName  a display name, may be the username
 * @param roles     the realm roles the caller holds
 * @param county    6-digit county code, empty for platform operators and city officials
 * @param city      4-digit city code, present for city officials
 * @param township  12-digit township code, present for township staff and village assistants
 * @param provider  provider id, present for provider users
 */
public record Caller(String username, String fullName, Set<Role> roles, Optional<String> county,
                     Optional<String> city, Optional<String> township, Optional<String> provider) {

    public static final String SYSTEM = "system";

    public Caller {
        Objects.requireNonNull(username, "username");
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        county = county.filter(TenantScope::isCountyCode);
        city = city.filter(c -> c.matches("\\d{4}"));
        township = township.filter(t -> t.matches("\\d{12}"));
        provider = provider.filter(p -> !p.isBlank());
    }

    /** A caller for scheduled or start-up work done on behalf of one county. */
    public static Caller system(String county) {
        return new Caller(SYSTEM, SYSTEM, Set.of(), Optional.of(county), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSystem() {
        return SYSTEM.equals(username) && roles.isEmpty();
    }
}
