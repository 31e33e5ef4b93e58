package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.EconomicStatus;

/** Booking a meal ahead: which days and meals, the diet, cancelling, and the serving that marks it served. */
class MealBookingTest {

    static final LocalDate TODAY = MealSiteTest.TODAY;
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final Instant AT = MealSiteTest.AT;

    static MealSite site(MealSiteStatus status, long id) throws ReflectiveOperationException {
        return ServingTest.withId(MealSiteTest.in(status), id);
    }

    static MealRegistration registration(long homeSite) throws ReflectiveOperationException {
        return ServingTest.withId(new MealRegistration(5L, homeSite, MealDiet.SOFT, true, TODAY, "desk", AT), 21L);
    }

    static MealBooking booking(LocalDate day, MealPeriod period) throws ReflectiveOperationException {
        return ServingTest.withId(MealBooking.book(registration(11L), site(MealSiteStatus.OPEN, 11L), day, period,
                null, TODAY, "grid", AT), 41L);
    }

    static Serving serving(MealSite site, LocalDate day, MealPeriod period) throws ReflectiveOperationException {
        MealPrice price = SubsidySchedule.NATIONAL_DEFAULT.priceFor(AgeBand.FROM_70_TO_79, EconomicStatus.NONE,
                false);
        return ServingTest.withId(Serving.record(site, registration(site.id()), day, period, ServingKind.SERVED,
                Identification.CARD, price, false, SettledMonths.NONE, "cook", AT), 31L);
    }

    static String refusal(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(DomainException.class, e).messageKey();
    }

    @Test
    void aMealIsBookedFromTomorrowForTwoWeeksWithTheRegistrationsDiet() throws Exception {
        MealBooking b = booking(TOMORROW, MealPeriod.LUNCH);
        assertEquals(BookingStatus.BOOKED, b.status());
        assertEquals(MealDiet.SOFT, b.diet(), "the registration's diet");
        assertEquals(11L, b.siteId());
        assertEquals(5L, b.elderId());
        assertEquals(TODAY.plusDays(MealBooking.MAX_DAYS_AHEAD), booking(TODAY.plusDays(MealBooking.MAX_DAYS_AHEAD),
                MealPeriod.DINNER).mealDay());
        assertEquals(MealDiet.LOW_SALT, MealBooking.book(registration(11L), site(MealSiteStatus.OPEN, 11L), TOMORROW,
                MealPeriod.LUNCH, MealDiet.LOW_SALT, TODAY, "grid", AT).diet(), "another diet when asked for");
        assertEquals("meals.booking.day.notAhead", refusal(() -> booking(TODAY, MealPeriod.LUNCH)));
        assertEquals("meals.booking.day.tooFar", refusal(() -> booking(TODAY.plusDays(MealBooking.MAX_DAYS_AHEAD + 1),
                MealPeriod.LUNCH)));
    }

    @Test
    void theHomeSiteMustServeTheMealAndTheRegistrationStand() throws Exception {
        assertEquals("meals.site.periodNotServed", refusal(() -> booking(TOMORROW, MealPeriod.BREAKFAST)));
        assertEquals("meals.site.transition.invalid", refusal(() -> MealBooking.book(registration(12L),
                site(MealSiteStatus.SUSPENDED, 12L), TOMORROW, MealPeriod.LUNCH, null, TODAY, "grid", AT)));
        MealRegistration ended = registration(11L);
        ended.end("迁出", "desk", AT);
        assertEquals("meals.registration.ended", refusal(() -> MealBooking.book(ended, site(MealSiteStatus.OPEN, 11L),
                TOMORROW, MealPeriod.LUNCH, null, TODAY, "grid", AT)));
    }

    @Test
    void aBookingIsCancelledBeforeItsDayOnly() throws Exception {
        MealBooking b = booking(TOMORROW, MealPeriod.LUNCH);
        assertEquals("meals.booking.tooLate", refusal(() -> b.cancel(TOMORROW, "grid", AT)));
        b.cancel(TODAY, "grid", AT);
        assertEquals(BookingStatus.CANCELLED, b.status());
        assertEquals("meals.booking.status", refusal(() -> b.cancel(TODAY, "grid", AT)));
    }

    @Test
    void theServingOfTheBookedMealAtTheSiteMarksItServed() throws Exception {
        MealSite home = site(MealSiteStatus.OPEN, 11L);
        MealBooking b = booking(TOMORROW, MealPeriod.LUNCH);
        assertFalse(b.servedBy(serving(home, TOMORROW, MealPeriod.DINNER)), "another meal");
        assertFalse(b.servedBy(serving(site(MealSiteStatus.OPEN, 12L), TOMORROW, MealPeriod.LUNCH)),
                "another site");
        Serving lunch = serving(home, TOMORROW, MealPeriod.LUNCH);
        assertFalse(b.servedBy(ServingTest.withId(lunch.reversal("错", SettledMonths.NONE, "cook", AT), 32L)),
                "a reversal");
        assertNull(b.servingId());
        assertTrue(b.servedBy(lunch));
        assertEquals(BookingStatus.SERVED, b.status());
        assertEquals(31L, b.servingId());
        assertFalse(b.servedBy(lunch), "once");
        assertEquals("meals.booking.status", refusal(() -> b.cancel(TODAY, "grid", AT)), "a served booking stays");
    }
}
