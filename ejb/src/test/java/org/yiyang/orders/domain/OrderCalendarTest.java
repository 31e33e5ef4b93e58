package org.yiyang.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.ChinaTime;

/**
 * The allowance month and the settlement period at the boundaries that break: the year change
 * (2026-12-31 23:59 → 2027-01-01 00:00 Beijing time, which is 15:59 → 16:00 UTC) and the end of February in a
 * leap year (2028-02-29). The clocks are fixed and set to UTC, as a server's may be.
 */
class OrderCalendarTest {

    static final Instant NEW_YEARS_EVE_2359 = Instant.parse("2026-12-31T15:59:00Z");
    static final Instant NEW_YEAR_0000 = Instant.parse("2026-12-31T16:00:00Z");
    static final Instant LEAP_DAY_2359 = Instant.parse("2028-02-29T15:59:00Z");
    static final Instant MARCH_FIRST_0000 = Instant.parse("2028-02-29T16:00:00Z");

    @Test
    void anOrderScheduledAtOneMinuteToMidnightOnNewYearsEveDrawsOnDecembersAllowance() {
        assertEquals(YearMonth.of(2026, 12), Order.allowanceMonthOf(NEW_YEARS_EVE_2359));
        assertEquals(YearMonth.of(2027, 1), Order.allowanceMonthOf(NEW_YEAR_0000),
                "00:00 Beijing time is January, though UTC still says 2026-12-31");
        assertEquals(YearMonth.of(2026, 12), Order.allowanceMonthOf(Instant.parse("2026-11-30T16:00:00Z")),
                "December starts at 16:00 UTC on 30 November");
    }

    @Test
    void theLeapDayBelongsToFebruaryAndMarchStartsAtItsMidnight() {
        assertEquals(YearMonth.of(2028, 2), Order.allowanceMonthOf(LEAP_DAY_2359));
        assertEquals(YearMonth.of(2028, 3), Order.allowanceMonthOf(MARCH_FIRST_0000));
    }

    @Test
    void januaryCanBeSettledFromItsFirstMinuteNotBefore() {
        assertFalse(Settlement.maySettle(YearMonth.of(2027, 1), NEW_YEARS_EVE_2359), "January has not begun");
        assertTrue(Settlement.maySettle(YearMonth.of(2027, 1), NEW_YEAR_0000));
        assertTrue(Settlement.maySettle(YearMonth.of(2026, 12), NEW_YEARS_EVE_2359), "the current month so far");
        assertTrue(Settlement.maySettle(YearMonth.of(2026, 12), NEW_YEAR_0000), "a past month");
        assertFalse(Settlement.maySettle(YearMonth.of(2028, 3), LEAP_DAY_2359));
        assertTrue(Settlement.maySettle(YearMonth.of(2028, 3), MARCH_FIRST_0000));
    }

    @Test
    void decembersStatementCoversOrdersCheckedOutBeforeBeijingMidnightOfNewYear() {
        Instant end = Settlement.periodEnd(YearMonth.of(2026, 12));
        assertEquals(NEW_YEAR_0000, end);
        assertTrue(NEW_YEARS_EVE_2359.isBefore(end), "checked out at 23:59 on New Year's Eve: December");
        assertFalse(NEW_YEAR_0000.isBefore(end), "checked out at 00:00 on New Year's Day: January");
        assertEquals(MARCH_FIRST_0000, Settlement.periodEnd(YearMonth.of(2028, 2)), "February 2028 has 29 days");
        assertEquals(Instant.parse("2027-02-28T16:00:00Z"), Settlement.periodEnd(YearMonth.of(2027, 2)));
    }

    @Test
    void theMonthOfAClockIsChinasWhateverZoneTheClockIsSetTo() {
        assertEquals(YearMonth.of(2026, 12), ChinaTime.thisMonth(Clock.fixed(NEW_YEARS_EVE_2359, ZoneOffset.UTC)));
        assertEquals(YearMonth.of(2027, 1), ChinaTime.thisMonth(Clock.fixed(NEW_YEAR_0000, ZoneOffset.UTC)));
        assertEquals(YearMonth.of(2027, 1), ChinaTime.thisMonth(Clock.fixed(NEW_YEAR_0000, ZoneOffset.ofHours(-10))));
    }
}
