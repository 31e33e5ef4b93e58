package org.yiyang.elders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** A county administrator sets where a village is: ranges checked, six decimals kept, a change audited once. */
class PlacesLocationTest {

    static final Caller ADMIN = caller(Role.COUNTY_ADMIN);

    final Village village = new Village("371602001001", "371602001000", "新苑社区", true);
    final List<String> audited = new ArrayList<>();

    static Caller caller(Role role) {
        return new Caller("u", "u", Set.of(role), Optional.of("371602"), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    Places places() {
        Places p = new Places();
        p.places = new PlaceDirectory() {
            @Override
            public List<Township> townships() {
                return List.of();
            }

            @Override
            public Optional<Township> township(String code) {
                return Optional.empty();
            }

            @Override
            public List<Village> villages() {
                return List.of(village);
            }

            @Override
            public List<Village> villagesOf(String townshipCode) {
                return List.of(village);
            }

            @Override
            public Optional<Village> village(String code) {
                return village.code().equals(code) ? Optional.of(village) : Optional.empty();
            }
        };
        p.audit = new AuditLog() {
            @Override
            public void record(String action, String subjectType, Object subjectId, String details) {
                audited.add(action + " " + subjectType + " " + subjectId + " " + details);
            }
        };
        return p;
    }

    VillageView locate(Caller who, String code, String lat, String lon) {
        return TenantScope.callAs(who, () -> places().locateVillage(code, lat == null ? null : new BigDecimal(lat),
                lon == null ? null : new BigDecimal(lon)));
    }

    DomainException refused(String lat, String lon) {
        return assertThrows(DomainException.class, () -> locate(ADMIN, village.code(), lat, lon));
    }

    @Test
    void theLocationIsKeptWithSixDecimalsAndTheChangeAuditedOnce() {
        VillageView v = locate(ADMIN, village.code(), "37.3830004", "117.97");
        assertEquals(new BigDecimal("37.383000"), v.latitude());
        assertEquals(new BigDecimal("117.970000"), v.longitude());
        assertEquals(Optional.of(new BigDecimal("37.383000")), village.latitude());
        assertEquals(List.of("VILLAGE_LOCATED village 371602001001 none -> 37.383000,117.970000"), audited);
        locate(ADMIN, village.code(), "37.383", "117.970000");
        assertEquals(1, audited.size(), "the same location again changes nothing");
        locate(ADMIN, village.code(), "-90", "180");
        assertEquals("VILLAGE_LOCATED village 371602001001 37.383000,117.970000 -> -90.000000,180.000000",
                audited.get(1));
    }

    @Test
    void outOfRangeOrMissingCoordinatesAreRefusedOnTheirField() {
        DomainException lat = refused("90.0000005", "118");
        assertEquals("latitude", lat.field());
        assertEquals("village.latitude.invalid", lat.messageKey());
        assertEquals(List.of("-90", "90"), lat.args());
        DomainException lon = refused("37", "-180.1");
        assertEquals("longitude", lon.field());
        assertEquals("village.longitude.invalid", lon.messageKey());
        assertEquals(List.of("-180", "180"), lon.args());
        DomainException noLat = refused(null, "118");
        assertEquals("latitude", noLat.field());
        assertEquals("village.location.required", noLat.messageKey());
        DomainException noLon = refused("37", null);
        assertEquals("longitude", noLon.field());
        assertEquals(DomainException.Kind.INVALID, noLon.kind());
        assertEquals(Optional.empty(), village.latitude(), "nothing was set");
        assertEquals(List.of(), audited);
    }

    @Test
    void onlyCountyAdministratorsSetLocationsOfVillagesOfTheirCounty() {
        DomainException staff = assertThrows(DomainException.class,
                () -> locate(caller(Role.COUNTY_STAFF), village.code(), "37", "118"));
        assertEquals("places.adminOnly", staff.messageKey());
        DomainException missing = assertThrows(DomainException.class,
                () -> locate(ADMIN, "371602001099", "37", "118"));
        assertEquals(DomainException.Kind.NOT_FOUND, missing.kind());
        assertEquals("village.notFound", missing.messageKey());
    }
}
