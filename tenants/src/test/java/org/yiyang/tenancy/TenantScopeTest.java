package org.yiyang.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    private static Caller countyUser(String county) {
        return new Caller("u", "U", Set.of(Role.COUNTY_STAFF), Optional.of(county), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void noCountyOutsideAnyScope() {
        assertTrue(TenantScope.currentCounty().isEmpty());
        assertThrows(NoTenantException.class, TenantScope::requireCounty);
    }

    @Test
    void setsCountyForTheWorkAndClearsItAfterwards() {
        String seen = TenantScope.callAs(countyUser("371602"), TenantScope::requireCounty);
        assertEquals("371602", seen);
        assertTrue(TenantScope.currentCounty().isEmpty());
    }

    @Test
    void clearsCountyWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> TenantScope.runAs(countyUser("371602"), () -> {
            throw new IllegalStateException("boom");
        }));
        assertTrue(TenantScope.currentCaller().isEmpty());
    }

    @Test
    void nestedScopeRestoresTheOuterCounty() {
        TenantScope.runAs(countyUser("371602"), () -> {
            TenantScope.runForCounty("371621", () -> assertEquals("371621", TenantScope.requireCounty()));
            assertEquals("371602", TenantScope.requireCounty());
        });
    }

    @Test
    void rejectsMalformedCountyCodes() {
        assertFalse(TenantScope.isCountyCode("37160"));
        assertFalse(TenantScope.isCountyCode("37160a"));
        assertFalse(TenantScope.isCountyCode(TenantScope.NO_TENANT));
        assertFalse(TenantScope.isCountyCode(null));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.runForCounty("abc", () -> { }));
    }

    @Test
    void callerDropsMalformedClaims() {
        Caller c = new Caller("u", null, Set.of(), Optional.of("3716021"), Optional.of("37"),
                Optional.of("371602001"), Optional.of(" "));
        assertTrue(c.county().isEmpty());
        assertTrue(c.city().isEmpty());
        assertTrue(c.township().isEmpty());
        assertTrue(c.provider().isEmpty());
        assertEquals("u", c.fullName());
    }

    @Test
    void cityOfficialRunsWithoutCounty() {
        Caller official = new Caller("c", "C", Set.of(Role.CITY_OFFICIAL), Optional.empty(), Optional.of("3716"),
                Optional.empty(), Optional.empty());
        TenantScope.runAs(official, () -> assertTrue(TenantScope.currentCounty().isEmpty()));
    }

    @Test
    void rolesMapFromTokenNames() {
        assertEquals(Optional.of(Role.COUNTY_ADMIN), Role.fromRoleName("county-admin"));
        assertTrue(Role.fromRoleName("offline_access").isEmpty());
    }
}
