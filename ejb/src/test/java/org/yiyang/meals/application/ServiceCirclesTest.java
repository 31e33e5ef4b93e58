package org.yiyang.meals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.VillageElders;
import org.yiyang.meals.domain.CircleRadii;
import org.yiyang.meals.domain.SitePoint;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.TownshipKind;
import org.yiyang.tenancy.domain.Village;

/**
 * Who reads the circle and over what: the county bureau the whole county, township staff their own township's
 * villages (served by every site of the county, also one across the border), nobody else; and what the view says.
 */
class ServiceCirclesTest {

    static final String COUNTY = "371602";
    static final String T1 = "371602001000";
    static final String T2 = "371602003000";

    static Caller caller(Role role, String township) {
        return new Caller("u", "u", Set.of(role), Optional.of(COUNTY), Optional.empty(), Optional.ofNullable(township),
                Optional.empty());
    }

    static Village village(String code, String township, String name, boolean urban, String lat, String lon) {
        Village v = new Village(code, township, name, urban);
        if (lat != null) {
            v.locate(new BigDecimal(lat), new BigDecimal(lon));
        }
        return v;
    }

    /** 新苑 999.98 m from the site in 北镇 (across the border), 滨河 far away, 雷家村 without a location. */
    static ServiceCircles service(List<Optional<String>> askedFor) {
        List<Village> villages = List.of(
                village("371602001001", T1, "新苑社区", true, "37.408993", "118.000000"),
                village("371602001002", T1, "滨河社区", true, "37.300000", "118.000000"),
                village("371602003201", T2, "雷家村", false, null, null));
        ServiceCircles s = new ServiceCircles();
        s.places = new PlaceDirectory() {
            @Override
            public List<Township> townships() {
                return List.of(new Township(T1, "市中街道", TownshipKind.STREET),
                        new Township(T2, "北镇街道", TownshipKind.STREET));
            }

            @Override
            public Optional<Township> township(String code) {
                return townships().stream().filter(t -> t.code().equals(code)).findFirst();
            }

            @Override
            public List<Village> villages() {
                return villages;
            }

            @Override
            public List<Village> villagesOf(String townshipCode) {
                return villages.stream().filter(v -> v.townshipCode().equals(townshipCode)).toList();
            }

            @Override
            public Optional<Village> village(String code) {
                return villages.stream().filter(v -> v.code().equals(code)).findFirst();
            }
        };
        s.counties = new CountyRegistry() {
            @Override
            public Optional<County> find(String code) {
                return Optional.empty();
            }

            @Override
            public List<County> countiesOfCity(String cityCode) {
                return List.of();
            }

            @Override
            public List<County> all() {
                return List.of();
            }
        };
        s.elders = new ElderDirectory() {
            @Override
            public Map<String, VillageElders> eldersByVillage(Optional<String> townshipCode) {
                askedFor.add(townshipCode);
                Map<String, VillageElders> all = Map.of(
                        "371602001001", new VillageElders("371602001001", 40, 10),
                        "371602001002", new VillageElders("371602001002", 60, 6),
                        "371602003201", new VillageElders("371602003201", 25, 5));
                return townshipCode.isEmpty() ? all : Map.of("371602001001", all.get("371602001001"),
                        "371602001002", all.get("371602001002"));
            }
        };
        s.sites = () -> List.of(new SitePoint(5, "北镇孝善食堂", new BigDecimal("37.400000"), new BigDecimal("118.000000")),
                new SitePoint(6, "未定位餐桌", null, null));
        s.policies = new MealCirclePolicies() {
            @Override
            public CircleRadii radii() {
                return new CircleRadii(1000, 2000);
            }
        };
        return s;
    }

    @Test
    void theCountyBureauSeesTheWholeCounty() {
        List<Optional<String>> asked = new ArrayList<>();
        CircleView c = TenantScope.callAs(caller(Role.COUNTY_STAFF, null), () -> service(asked).circle());
        assertEquals(List.of(Optional.empty()), asked, "the county's elders, counted once");
        assertNull(c.townshipCode());
        assertEquals(1000, c.urbanRadiusMeters());
        assertEquals(2000, c.ruralRadiusMeters());
        assertEquals(1, c.sites());
        assertEquals(1, c.sitesWithoutLocation());
        CircleAreaView overall = c.overall();
        assertEquals(COUNTY, overall.code());
        assertEquals(2, overall.villages());
        assertEquals(1, overall.villagesCovered());
        assertEquals(100, overall.elders());
        assertEquals(40, overall.eldersCovered());
        assertEquals(new BigDecimal("0.4000"), overall.eldersShare());
        assertEquals(new BigDecimal("0.6250"), overall.specialHardshipShare(), "10 of 16");
        assertEquals(25, overall.eldersWithoutLocation());
        assertEquals(List.of(T1, T2), c.townships().stream().map(CircleAreaView::code).toList());
        assertEquals("北镇街道", c.townships().get(1).name());
        assertNull(c.townships().get(1).eldersShare(), "北镇 has no located village");
        assertEquals(1, c.uncovered().size());
        CircleVillageView far = c.uncovered().get(0);
        assertEquals("滨河社区", far.name());
        assertEquals("市中街道", far.townshipName());
        assertEquals(5L, far.nearestSiteId());
        assertEquals("北镇孝善食堂", far.nearestSiteName());
        assertEquals(11_120L, far.distanceMeters());
        assertFalse(far.covered());
        assertEquals(List.of("雷家村"), c.withoutLocation().stream().map(UnlocatedVillageView::name).toList());
        assertEquals(25, c.withoutLocation().get(0).elders());
    }

    @Test
    void townshipStaffSeeTheirTownshipServedBySitesAnywhereInTheCounty() {
        List<Optional<String>> asked = new ArrayList<>();
        CircleView c = TenantScope.callAs(caller(Role.TOWNSHIP_STAFF, T1), () -> service(asked).circle());
        assertEquals(List.of(Optional.of(T1)), asked);
        assertEquals(T1, c.townshipCode());
        assertEquals(T1, c.overall().code());
        assertEquals("市中街道", c.overall().name());
        assertEquals(List.of(T1), c.townships().stream().map(CircleAreaView::code).toList());
        assertEquals(List.of(), c.withoutLocation(), "北镇's village is not theirs");
        List<CircleVillageView> villages = TenantScope.callAs(caller(Role.TOWNSHIP_STAFF, T1),
                () -> service(new ArrayList<>()).villages());
        assertEquals(List.of("371602001001", "371602001002"), villages.stream().map(CircleVillageView::code).toList());
        assertTrue(villages.get(0).covered(), "the site in the neighbouring township covers 新苑社区");
        assertEquals(1000L, villages.get(0).distanceMeters());
        assertEquals(1000, villages.get(0).radiusMeters());
    }

    @Test
    void othersAreRefused() {
        for (Role r : List.of(Role.VILLAGE_ASSISTANT, Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF, Role.VOLUNTEER)) {
            DomainException e = assertThrows(DomainException.class,
                    () -> TenantScope.callAs(caller(r, T1), () -> service(new ArrayList<>()).circle()), r.name());
            assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
        }
        DomainException noTownship = assertThrows(DomainException.class,
                () -> TenantScope.callAs(caller(Role.TOWNSHIP_STAFF, null), () -> service(new ArrayList<>()).circle()));
        assertEquals("access.noTownship", noTownship.messageKey());
    }

    @Test
    void theMapHasTheFiguresTheVillagesAndTheLocatedSitesOfOneComputation() {
        List<Optional<String>> asked = new ArrayList<>();
        CircleMapView m = TenantScope.callAs(caller(Role.TOWNSHIP_STAFF, T1), () -> service(asked).map());
        assertEquals(List.of(Optional.of(T1)), asked, "the elders counted once for figures and map");
        assertEquals(T1, m.circle().townshipCode());
        assertEquals(List.of("371602001001", "371602001002"),
                m.villages().stream().map(CircleVillageView::code).toList());
        assertEquals(List.of(new CircleSiteView(5, "北镇孝善食堂", new BigDecimal("37.400000"),
                new BigDecimal("118.000000"))), m.sites(), "the county's located open sites, across the border too");
        assertEquals(1, m.circle().uncovered().size());
    }
}
