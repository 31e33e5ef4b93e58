package org.yiyang.shared.application;

import java.util.Optional;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/** Role and scope checks every use case starts with; the scopes come from the verified token only. */
public final class Access {

    /** Who works with the elder registry: county bureau, township office, village assistants. */
    static final Role[] REGISTRY_ROLES = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};

    /** Who may see a full ID number (always audited). */
    static final Role[] REVEAL_ROLES = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};

    private Access() {
    }

    public static boolean mayRevealIdNumbers(Caller caller) {
        return caller.hasAny(REVEAL_ROLES) && caller.county().isPresent();
    }

    /** The caller, who must work with the elder registry in a county. */
    public static Caller requireRegistryUser() {
        return requireCountyRole(REGISTRY_ROLES);
    }

    /** Whether the caller works with the elder registry at all. */
    public static boolean mayUseRegistry(Caller caller) {
        return caller.hasAny(REGISTRY_ROLES) && caller.county().isPresent();
    }

    /** The caller, who must hold one of the roles and work in a county. */
    public static Caller requireCountyRole(Role... roles) {
        return requireCountyRole("access.forbidden", roles);
    }

    /** The caller, who must hold one of the roles and work in a county; else refused with this message. */
    public static Caller requireCountyRole(String refusalKey, Role... roles) {
        Caller caller = TenantScope.requireCaller();
        if (!caller.hasAny(roles) || caller.county().isEmpty()) {
            throw DomainException.forbidden(refusalKey);
        }
        return caller;
    }

    /**
     * Whether an elder (or a plan, a visit) of this township is in the caller's reach: the county bureau reaches
     * the whole county, everybody else only their own township.
     */
    public static boolean reaches(Caller caller, String townshipCode) {
        return countyWide(caller) || caller.township().map(t -> t.equals(townshipCode)).orElse(false);
    }

    /** The caller, who must be a city official of a city (they read figures, never a county's records). */
    public static Caller requireCityOfficial() {
        Caller caller = TenantScope.requireCaller();
        if (!caller.has(Role.CITY_OFFICIAL) || caller.city().isEmpty()) {
            throw DomainException.forbidden("access.forbidden");
        }
        return caller;
    }

    /** The county bureau (administrator, staff): sees the whole county. */
    public static boolean countyWide(Caller caller) {
        return caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
    }

    /**
     * The township a caller is limited to: township staff and village assistants see only their own
     * township; county roles see the whole county (empty).
     */
    public static Optional<String> townshipScope(Caller caller) {
        if (countyWide(caller)) {
            return Optional.empty();
        }
        if (caller.hasAny(Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT)) {
            return Optional.of(caller.township().orElseThrow(() -> DomainException.forbidden("access.noTownship")));
        }
        return Optional.empty();
    }
}
