package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** The meal site's status guard: which step is allowed in which status, and that only an open site serves. */
class MealSiteTest {

    static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static SiteDetails details(boolean delivery, LocalDate opening) {
        return SiteDetails.of(MealSiteType.CANTEEN, MealSiteLevel.COMMUNITY, " 新苑社区孝善食堂 ", 7L, "新苑路 1 号",
                "371602001001", "371602001000", new BigDecimal("37.3831"), new BigDecimal("118.0124"), 80,
                EnumSet.of(MealPeriod.LUNCH, MealPeriod.DINNER), delivery, opening);
    }

    static MealSite in(MealSiteStatus status) {
        MealSite s = new MealSite(details(false, null), "admin", AT);
        switch (status) {
            case PLANNED -> { }
            case OPEN -> s.take(MealSiteAction.OPEN, TODAY, "admin", AT);
            case SUSPENDED -> {
                s.take(MealSiteAction.OPEN, TODAY, "admin", AT);
                s.take(MealSiteAction.SUSPEND, TODAY, "admin", AT);
            }
            case CLOSED -> s.take(MealSiteAction.CLOSE, TODAY, "admin", AT);
            default -> throw new IllegalArgumentException(status.name());
        }
        return s;
    }

    @Test
    void aNewSiteIsPlannedAndKeepsWhatWasGiven() {
        MealSite s = new MealSite(details(true, null), "admin", AT);
        assertEquals(MealSiteStatus.PLANNED, s.status());
        assertEquals("新苑社区孝善食堂", s.name());
        assertEquals(EnumSet.of(MealPeriod.LUNCH, MealPeriod.DINNER), s.periods());
        assertEquals(new BigDecimal("37.383100"), s.latitude());
        assertNull(s.openingDate());
    }

    @Test
    void everyStatusChangeGoesThroughTheGuard() {
        Map<MealSiteAction, Set<MealSiteStatus>> allowedFrom = Map.of(
                MealSiteAction.OPEN, EnumSet.of(MealSiteStatus.PLANNED, MealSiteStatus.SUSPENDED),
                MealSiteAction.SUSPEND, EnumSet.of(MealSiteStatus.OPEN),
                MealSiteAction.CLOSE, EnumSet.of(MealSiteStatus.PLANNED, MealSiteStatus.OPEN,
                        MealSiteStatus.SUSPENDED));
        allowedFrom.forEach((action, from) -> {
            for (MealSiteStatus status : MealSiteStatus.values()) {
                MealSite s = in(status);
                if (from.contains(status)) {
                    assertEquals(status, s.take(action, TODAY, "admin", AT), action + " from " + status);
                    assertEquals(action.leadsTo().orElseThrow(), s.status());
                } else {
                    DomainException e = assertThrows(DomainException.class,
                            () -> s.take(action, TODAY, "admin", AT), action + " from " + status);
                    assertEquals(DomainException.Kind.CONFLICT, e.kind());
                    assertEquals("meals.site.transition.invalid", e.messageKey());
                    assertEquals(new DomainException.Label("MealSiteAction." + action.key()), e.args().get(0));
                    assertEquals(new DomainException.Label("MealSiteStatus." + status.name()), e.args().get(1));
                    assertEquals(status, s.status(), "nothing changed");
                }
            }
        });
    }

    @Test
    void nothingLeadsBackToPlannedAndAClosedSiteIsNoLongerChanged() {
        assertTrue(MealSiteAction.toReach(MealSiteStatus.PLANNED).isEmpty());
        assertEquals(MealSiteAction.OPEN, MealSiteAction.toReach(MealSiteStatus.OPEN).orElseThrow());
        MealSite closed = in(MealSiteStatus.CLOSED);
        assertEquals("meals.site.transition.invalid", assertThrows(DomainException.class,
                () -> closed.change(details(true, null), "admin", AT)).messageKey());
        MealSite suspended = in(MealSiteStatus.SUSPENDED);
        suspended.change(details(true, null), "admin", AT);
        assertTrue(suspended.delivery());
    }

    @Test
    void aSiteOpenedWithoutAnOpeningDateOpensToday() {
        assertEquals(TODAY, in(MealSiteStatus.OPEN).openingDate());
        MealSite planned = new MealSite(details(false, LocalDate.of(2026, 9, 1)), "admin", AT);
        planned.take(MealSiteAction.OPEN, TODAY, "admin", AT);
        assertEquals(LocalDate.of(2026, 9, 1), planned.openingDate());
    }

    @Test
    void onlyAnOpenSiteServesAndOnlyTheMealsItOffers() {
        for (MealSiteStatus status : EnumSet.complementOf(EnumSet.of(MealSiteStatus.OPEN))) {
            DomainException e = assertThrows(DomainException.class,
                    () -> in(status).requireServes(MealPeriod.LUNCH, ServingKind.SERVED));
            assertEquals("meals.site.transition.invalid", e.messageKey(), status.name());
        }
        MealSite open = in(MealSiteStatus.OPEN);
        open.requireServes(MealPeriod.LUNCH, ServingKind.SERVED);
        DomainException breakfast = assertThrows(DomainException.class,
                () -> open.requireServes(MealPeriod.BREAKFAST, ServingKind.SERVED));
        assertEquals("meals.site.periodNotServed", breakfast.messageKey());
        assertEquals("period", breakfast.field());
        assertEquals("meals.site.noDelivery", assertThrows(DomainException.class,
                () -> open.requireServes(MealPeriod.LUNCH, ServingKind.DELIVERED)).messageKey());
    }

    @Test
    void refusesSitesWithoutPeriodsCapacityOrWithHalfCoordinates() {
        assertEquals("meals.site.periods.required", assertThrows(DomainException.class, () -> SiteDetails.of(
                MealSiteType.MEAL_POINT, MealSiteLevel.RESIDENTIAL, "助餐点", 7L, null, "v", "t", null, null, 20,
                Set.of(), false, null)).messageKey());
        assertEquals("meals.site.capacity.invalid", assertThrows(DomainException.class, () -> SiteDetails.of(
                MealSiteType.MEAL_POINT, MealSiteLevel.RESIDENTIAL, "助餐点", 7L, null, "v", "t", null, null, 0,
                Set.of(MealPeriod.LUNCH), false, null)).messageKey());
        assertEquals("meals.site.coordinates.invalid", assertThrows(DomainException.class, () -> SiteDetails.of(
                MealSiteType.MEAL_POINT, MealSiteLevel.RESIDENTIAL, "助餐点", 7L, null, "v", "t",
                new BigDecimal("37.1"), null, 20, Set.of(MealPeriod.LUNCH), false, null)).messageKey());
        assertEquals("meals.site.coordinates.invalid", assertThrows(DomainException.class, () -> SiteDetails.of(
                MealSiteType.MEAL_POINT, MealSiteLevel.RESIDENTIAL, "助餐点", 7L, null, "v", "t",
                new BigDecimal("91"), new BigDecimal("118"), 20, Set.of(MealPeriod.LUNCH), false, null)).messageKey());
    }

    @Test
    void layoutProgressIsBuiltAgainstPlanned() {
        assertEquals(50, new LayoutProgress("t", MealSiteLevel.COMMUNITY, 4, 2, 2027).percent());
        assertEquals(33, new LayoutProgress("t", MealSiteLevel.COMMUNITY, 3, 1, 2027).percent());
        assertEquals(150, new LayoutProgress("t", MealSiteLevel.COMMUNITY, 2, 3, 2027).percent());
        assertNull(new LayoutProgress("t", MealSiteLevel.RESIDENTIAL, 0, 3, null).percent());
    }
}
