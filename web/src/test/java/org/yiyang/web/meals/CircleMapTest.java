package org.yiyang.web.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.meals.application.CircleSiteView;
import org.yiyang.meals.application.CircleVillageView;

/** The circle's map: coordinates projected onto the SVG so that metres are the same length in both directions. */
class CircleMapTest {

    static CircleVillageView village(String code, String lat, String lon, boolean covered) {
        return new CircleVillageView(code, code, "371602001000", "市东街道", true, new BigDecimal(lat),
                new BigDecimal(lon), 10, 1, 1L, "食堂", 500L, 1000, covered);
    }

    static CircleSiteView site(String lat, String lon) {
        return new CircleSiteView(1, "食堂", new BigDecimal(lat), new BigDecimal(lon));
    }

    @Test
    void villagesAndSitesFillTheMapWithAMarginOfTheWidestRadius() {
        // two villages 0.1 degrees of latitude apart (about 11.1 km), on one meridian
        List<CircleVillageView> villages = List.of(village("a", "37.400000", "118.000000", true),
                village("b", "37.300000", "118.000000", false));
        CircleMap m = CircleMap.of(villages, List.of(site("37.350000", "118.000000")), 1000, 2000);
        assertTrue(m.isDrawn());
        assertEquals(CircleMap.MAX_HEIGHT, m.getHeight(), 0.1, "a tall area is as high as the map may be");
        double unitsPerMeter = m.getHeight() / (11_119.5 + 2 * 2000);
        assertEquals(4000 * unitsPerMeter, m.getWidth(), 0.5, "one meridian: the width is the two margins");
        CircleMap.Dot north = m.getDots().get(0);
        CircleMap.Dot south = m.getDots().get(1);
        assertEquals(2000 * unitsPerMeter, north.y(), 0.5, "north is up, one margin (the rural radius) from the top");
        assertEquals(north.x(), south.x(), 0.01);
        assertTrue(north.covered());
        assertFalse(south.covered());
        CircleMap.Centre c = m.getCentres().get(0);
        assertEquals((north.y() + south.y()) / 2, c.y(), 0.2);
        assertEquals(1000 * unitsPerMeter, c.urbanRadius(), 0.2, "radii in the map's units");
        assertEquals(2000 * unitsPerMeter, c.ruralRadius(), 0.2);
    }

    @Test
    void aSiteBeyondTheVillagesIsDrawnWithItsWholeCircle() {
        CircleMap m = CircleMap.of(List.of(village("a", "37.400000", "118.000000", true)),
                List.of(site("37.300000", "118.050000")), 1000, 2000);
        CircleMap.Centre c = m.getCentres().get(0);
        assertTrue(c.y() + c.ruralRadius() <= m.getHeight() + 0.5 && c.x() + c.ruralRadius() <= m.getWidth() + 0.5,
                "the rural circle of a site south-east of every village fits the map");
        assertTrue(c.y() - c.ruralRadius() >= -0.5 && c.x() - c.ruralRadius() >= -0.5);
    }

    @Test
    void eastWestIsShrunkByTheCosineOfTheLatitude() {
        List<CircleVillageView> villages = List.of(village("w", "60.000000", "10.000000", true),
                village("e", "60.000000", "10.100000", true));
        CircleMap m = CircleMap.of(villages, List.of(), 100, 100);
        double span = m.getDots().get(1).x() - m.getDots().get(0).x();
        double unitsPerMeter = m.getWidth() / (0.1 * Math.PI / 180 * 6_371_008.8 * Math.cos(Math.toRadians(60)) + 200);
        assertEquals(CircleMap.WIDTH, m.getWidth(), 0.1, "a wide area is as wide as the map");
        assertEquals(0.1 * Math.PI / 180 * 6_371_008.8 * 0.5 * unitsPerMeter, span, 0.5);
    }

    @Test
    void sitesAloneAreDrawnAndNothingAtAllIsNotDrawn() {
        CircleMap sitesOnly = CircleMap.of(List.of(), List.of(site("37.35", "118.0")), 1000, 2000);
        assertTrue(sitesOnly.isDrawn());
        assertEquals(1, sitesOnly.getCentres().size());
        assertFalse(CircleMap.of(List.of(), List.of(), 1000, 2000).isDrawn());
    }

    @Test
    void theScaleBarHasARoundLength() {
        CircleMap.ScaleBar bar = CircleMap.scaleBar(1000, 700, 0.05);   // 1000 units = 20 km
        assertEquals(2000, bar.meters(), "a fifth of 20 km is 4 km: 2 km is the round length below");
        assertEquals(12 + 2000 * 0.05, bar.end(), 0.01);
        assertEquals(5000, CircleMap.scaleBar(1000, 700, 0.025).meters(), "8 km: 5 km");
        assertEquals(1000, CircleMap.scaleBar(1000, 700, 0.2).meters());
    }
}
