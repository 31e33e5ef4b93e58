package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service circle on a small known geometry: two sites on one meridian, villages north of them at distances one can
 * work out by hand (a thousandth of a degree of latitude is 111.195 m on the mean earth), urban and rural radii, a
 * village exactly on each radius, a village without a location; and the sweep against a brute-force search.
 */
class ServiceCircleTest {

    static final CircleRadii RADII = new CircleRadii(1000, 2000);
    static final String T1 = "371602001000";
    static final String T2 = "371602105000";

    /** Site 1 at 37.4°N, site 2 at 37.5°N, both on 118°E (11,119.5 m apart). */
    static final List<SitePoint> SITES = List.of(site(1, "北站食堂", "37.400000", "118.000000"),
            site(2, "南站餐桌", "37.500000", "118.000000"));

    /** 999.98 m north of site 1: on the urban radius. */
    static final CircleVillage ON_URBAN_RADIUS = village("371602001001", T1, true, "37.408993", "118.000000", 100, 30);
    /** 1,000.76 m north of site 1: one metre outside the urban radius. */
    static final CircleVillage JUST_OUTSIDE = village("371602001002", T1, true, "37.409000", "118.000000", 80, 20);
    /** 1,667.9 m south of site 2: within the rural radius. */
    static final CircleVillage RURAL_NEAR = village("371602105201", T2, false, "37.485000", "118.000000", 50, 25);
    /** 2,000.07 m south of site 2: on the rural radius. */
    static final CircleVillage ON_RURAL_RADIUS = village("371602105202", T2, false, "37.482013", "118.000000", 10, 0);
    /** 9,888 m from site 1, north-east: outside every circle. */
    static final CircleVillage FAR = village("371602105203", T2, false, "37.440000", "118.100000", 120, 10);
    /** No location set. */
    static final CircleVillage UNLOCATED = village("371602105204", T2, false, null, null, 40, 5);

    static final List<CircleVillage> VILLAGES = List.of(ON_URBAN_RADIUS, JUST_OUTSIDE, RURAL_NEAR, ON_RURAL_RADIUS,
            FAR, UNLOCATED);

    static SitePoint site(long id, String name, String latitude, String longitude) {
        return new SitePoint(id, name, latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude));
    }

    static CircleVillage village(String code, String township, boolean urban, String latitude, String longitude,
                                 long elders, long specialHardship) {
        return new CircleVillage(code, "村" + code.substring(9), township, urban,
                latitude == null ? null : new BigDecimal(latitude), longitude == null ? null : new BigDecimal(longitude),
                elders, specialHardship);
    }

    static Map<String, VillageReach> byCode(ServiceCircle c) {
        return c.villages().stream().collect(Collectors.toMap(r -> r.village().code(), Function.identity()));
    }

    @Test
    void distancesAreGreatCircleArcsOnTheMeanEarth() {
        assertEquals(111_195.08, ServiceCircle.distanceMeters(37, 118, 38, 118), 0.01, "one degree of latitude");
        assertEquals(111_195.08, ServiceCircle.distanceMeters(0, 10, 0, 11), 0.01, "one degree on the equator");
        assertEquals(1_067.3, ServiceCircle.distanceMeters(39.9042, 116.4074, 31.2304, 121.4737) / 1000, 0.1,
                "Beijing to Shanghai, km");
        assertEquals(222.39, ServiceCircle.distanceMeters(0, 179.999, 0, -179.999), 0.01, "across the 180th meridian");
        assertEquals(0, ServiceCircle.distanceMeters(37.4, 118, 37.4, 118));
    }

    @Test
    void eachLocatedVillageGetsItsNearestSiteAndTheRadiusOfItsKind() {
        Map<String, VillageReach> r = byCode(ServiceCircle.of(VILLAGES, SITES, RADII));
        assertEquals(5, r.size(), "the village without a location is left out");

        VillageReach onUrban = r.get(ON_URBAN_RADIUS.code());
        assertEquals(1, onUrban.nearestSite().siteId());
        assertEquals(1000L, onUrban.distanceMeters());
        assertEquals(1000, onUrban.radiusMeters(), "urban radius");
        assertTrue(onUrban.covered(), "a village exactly on the radius is covered");

        VillageReach outside = r.get(JUST_OUTSIDE.code());
        assertEquals(1, outside.nearestSite().siteId());
        assertEquals(1001L, outside.distanceMeters());
        assertFalse(outside.covered(), "one metre beyond the urban radius");

        VillageReach rural = r.get(RURAL_NEAR.code());
        assertEquals(2, rural.nearestSite().siteId(), "the site to the north is nearer");
        assertEquals("南站餐桌", rural.nearestSite().name());
        assertEquals(1668L, rural.distanceMeters());
        assertEquals(2000, rural.radiusMeters(), "rural radius");
        assertTrue(rural.covered());

        VillageReach onRural = r.get(ON_RURAL_RADIUS.code());
        assertEquals(2000L, onRural.distanceMeters());
        assertTrue(onRural.covered(), "exactly on the rural radius");

        VillageReach far = r.get(FAR.code());
        assertEquals(1, far.nearestSite().siteId());
        assertEquals(9888L, far.distanceMeters());
        assertFalse(far.covered());
    }

    @Test
    void anUrbanVillageAtARuralDistanceIsNotCoveredButARuralOneIs() {
        CircleVillage urban = village("371602001009", T1, true, "37.415000", "118.000000", 1, 0);
        CircleVillage rural = village("371602105209", T2, false, "37.415000", "118.000000", 1, 0);
        Map<String, VillageReach> r = byCode(ServiceCircle.of(List.of(urban, rural), SITES, RADII));
        assertEquals(1668L, r.get(urban.code()).distanceMeters());
        assertFalse(r.get(urban.code()).covered());
        assertTrue(r.get(rural.code()).covered());
        ServiceCircle wider = ServiceCircle.of(List.of(urban, rural), SITES, new CircleRadii(1700, 2000));
        assertTrue(byCode(wider).get(urban.code()).covered(), "a county that widens the urban radius covers it");
    }

    @Test
    void theSharesAreOfTheEldersOfLocatedVillagesOverallAndOfSpecialHardshipElders() {
        ServiceCircle c = ServiceCircle.of(VILLAGES, SITES, RADII);
        CoverageShare total = c.total();
        assertEquals(new CoverageShare(5, 3, 1, 360, 160, 85, 55, 40), total);
        assertEquals(Optional.of(new BigDecimal("0.4444")), total.eldersShare(), "160 of 360 elders");
        assertEquals(Optional.of(new BigDecimal("0.6471")), total.specialHardshipShare(), "55 of 85");

        assertEquals(List.of(T1, T2), List.copyOf(c.townships().keySet()));
        CoverageShare t1 = c.townships().get(T1);
        assertEquals(new CoverageShare(2, 1, 0, 180, 100, 50, 30, 0), t1);
        assertEquals(Optional.of(new BigDecimal("0.5556")), t1.eldersShare());
        assertEquals(Optional.of(new BigDecimal("0.6000")), t1.specialHardshipShare());
        CoverageShare t2 = c.townships().get(T2);
        assertEquals(new CoverageShare(3, 2, 1, 180, 60, 35, 25, 40), t2);
        assertEquals(Optional.of(new BigDecimal("0.3333")), t2.eldersShare());
        assertEquals(Optional.of(new BigDecimal("0.7143")), t2.specialHardshipShare());
    }

    @Test
    void aShareOfNobodyIsEmptyNotZero() {
        CoverageShare none = ServiceCircle.of(List.of(village("371602001001", T1, true, "37.4", "118", 0, 0)), SITES,
                RADII).total();
        assertEquals(Optional.empty(), none.eldersShare());
        assertEquals(Optional.empty(), none.specialHardshipShare());
        CoverageShare noHardship = ServiceCircle.of(List.of(village("371602001001", T1, true, "37.4", "118", 7, 0)),
                SITES, RADII).total();
        assertEquals(Optional.of(new BigDecimal("1.0000")), noHardship.eldersShare());
        assertEquals(Optional.empty(), noHardship.specialHardshipShare());
    }

    @Test
    void villagesWithoutALocationAreLeftOutOfTheSharesAndReported() {
        ServiceCircle c = ServiceCircle.of(VILLAGES, SITES, RADII);
        assertEquals(List.of(UNLOCATED), c.unlocated());
        assertTrue(c.villages().stream().noneMatch(r -> r.village().equals(UNLOCATED)));
        assertTrue(c.uncovered().stream().noneMatch(r -> r.village().equals(UNLOCATED)));
        assertEquals(40, c.total().eldersWithoutLocation());
        assertEquals(1, c.total().villagesWithoutLocation());
    }

    @Test
    void theVillagesOutsideEveryCircleAreRankedByTheirElders() {
        ServiceCircle c = ServiceCircle.of(VILLAGES, SITES, RADII);
        assertEquals(List.of(FAR, JUST_OUTSIDE), c.uncovered().stream().map(VillageReach::village).toList());

        CircleVillage a = village("371602105211", T2, false, "38.0", "118.0", 30, 2);
        CircleVillage b = village("371602105212", T2, false, "38.1", "118.0", 30, 9);
        CircleVillage d = village("371602105213", T2, false, "38.2", "118.0", 30, 9);
        CircleVillage e = village("371602105210", T2, false, "38.3", "118.0", 31, 0);
        assertEquals(List.of(e, b, d, a), ServiceCircle.of(List.of(a, b, d, e), SITES, RADII).uncovered().stream()
                .map(VillageReach::village).toList(), "elders, then special-hardship elders, then code");
    }

    @Test
    void withoutAnyLocatedOpenSiteNobodyIsCoveredAndEveryLocatedVillageIsRanked() {
        List<SitePoint> unlocatedSites = List.of(site(7, "待定位", null, null));
        ServiceCircle c = ServiceCircle.of(VILLAGES, unlocatedSites, RADII);
        assertEquals(0, c.locatedSites());
        assertEquals(1, c.sitesWithoutLocation());
        for (VillageReach r : c.villages()) {
            assertFalse(r.covered());
            assertNull(r.nearestSite());
            assertNull(r.distanceMeters());
        }
        assertEquals(List.of(FAR, ON_URBAN_RADIUS, JUST_OUTSIDE, RURAL_NEAR, ON_RURAL_RADIUS),
                c.uncovered().stream().map(VillageReach::village).toList());
        assertEquals(Optional.of(new BigDecimal("0.0000")), c.total().eldersShare());
        assertEquals(Optional.of(new BigDecimal("0.0000")), c.total().specialHardshipShare());
        assertEquals(List.of(UNLOCATED), c.unlocated());
    }

    @Test
    void theSweepFindsTheSameNearestSiteAsComparingEverySite() {
        Random r = new Random(371603);
        List<SitePoint> sites = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sites.add(new SitePoint(i + 1, "点" + i, degrees(37.0 + r.nextDouble() * 0.8),
                    degrees(117.5 + r.nextDouble() * 1.0)));
        }
        sites.add(new SitePoint(999, "同纬度", sites.get(0).latitude(), degrees(118.7)));
        List<CircleVillage> villages = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            villages.add(new CircleVillage(String.format("3716021%05d", i), "村", T1, r.nextBoolean(),
                    degrees(36.9 + r.nextDouble() * 1.0), degrees(117.4 + r.nextDouble() * 1.2), 1, 0));
        }
        for (VillageReach reach : ServiceCircle.of(villages, sites, RADII).villages()) {
            CircleVillage v = reach.village();
            double best = Double.POSITIVE_INFINITY;
            for (SitePoint s : sites) {
                best = Math.min(best, ServiceCircle.distanceMeters(v.latitude().doubleValue(),
                        v.longitude().doubleValue(), s.latitude().doubleValue(), s.longitude().doubleValue()));
            }
            assertEquals(Math.round(best), reach.distanceMeters(), v.code());
            assertEquals(Math.round(best) <= reach.radiusMeters(), reach.covered(), v.code());
        }
    }

    @Test
    void elderCountsAndRadiiAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> village("371602001001", T1, true, null, null, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> village("371602001001", T1, true, null, null, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CircleRadii(0, 2000));
        assertEquals(2000, RADII.of(false));
        assertEquals(1000, RADII.of(true));
    }

    private static BigDecimal degrees(double d) {
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP);
    }
}
