package org.yiyang.web.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serving screen opens on the meal of the moment, by China time, among the meals the site serves. */
class ServingScreenViewTest {

    static final List<String> ALL = List.of("BREAKFAST", "LUNCH", "DINNER");

    /** A clock at this time of day in China (UTC+8). */
    static Clock at(String chinaTime) {
        return Clock.fixed(Instant.parse("2026-05-11T" + chinaTime + ":00Z").minusSeconds(8 * 3600), ZoneOffset.UTC);
    }

    @Test
    void theMealOfTheMomentByChinaTime() {
        assertEquals("BREAKFAST", ServingScreenView.periodFor(ALL, at("06:30")));
        assertEquals("BREAKFAST", ServingScreenView.periodFor(ALL, at("09:59")));
        assertEquals("LUNCH", ServingScreenView.periodFor(ALL, at("10:00")));
        assertEquals("LUNCH", ServingScreenView.periodFor(ALL, at("14:59")));
        assertEquals("DINNER", ServingScreenView.periodFor(ALL, at("15:00")));
        assertEquals("DINNER", ServingScreenView.periodFor(ALL, at("23:30")));
    }

    @Test
    void aMealTheSiteDoesNotServeGivesWayToItsNextOrItsLast() {
        assertEquals("LUNCH", ServingScreenView.periodFor(List.of("LUNCH", "DINNER"), at("07:00")));
        assertEquals("LUNCH", ServingScreenView.periodFor(List.of("LUNCH"), at("18:00")));
        assertEquals("DINNER", ServingScreenView.periodFor(List.of("BREAKFAST", "DINNER"), at("12:00")));
    }
}
