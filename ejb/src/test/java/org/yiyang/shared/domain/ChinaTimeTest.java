package org.yiyang.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Days and months in China Standard Time, at Shanghai midnight (16:00 UTC), the year change and a leap day. */
class ChinaTimeTest {

    @Test
    void theDayChangesAtSixteenHundredUtc() {
        assertEquals(LocalDate.of(2026, 12, 31), ChinaTime.dayOf(Instant.parse("2026-12-31T15:59:59.999Z")));
        assertEquals(LocalDate.of(2027, 1, 1), ChinaTime.dayOf(Instant.parse("2026-12-31T16:00:00Z")));
        assertEquals(LocalDate.of(2027, 1, 1), ChinaTime.today(Clock.fixed(Instant.parse("2026-12-31T16:00:00Z"),
                ZoneOffset.UTC)), "a clock in UTC still gives China's day");
    }

    @Test
    void aLeapYearsFebruaryEndsAfterItsTwentyNinthDay() {
        assertEquals(LocalDate.of(2028, 2, 29), ChinaTime.dayOf(Instant.parse("2028-02-29T15:59:00Z")));
        assertEquals(LocalDate.of(2028, 3, 1), ChinaTime.dayOf(Instant.parse("2028-02-29T16:00:00Z")));
        assertEquals(Instant.parse("2028-02-29T16:00:00Z"), ChinaTime.endOf(YearMonth.of(2028, 2)));
        assertEquals(Instant.parse("2028-01-31T16:00:00Z"), ChinaTime.startOf(YearMonth.of(2028, 2)));
    }

    @Test
    void aMonthIsTheHalfOpenPeriodBetweenTwoBeijingMidnights() {
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), ChinaTime.startOf(YearMonth.of(2026, 12)));
        assertEquals(Instant.parse("2026-12-31T16:00:00Z"), ChinaTime.endOf(YearMonth.of(2026, 12)));
        assertEquals(ChinaTime.endOf(YearMonth.of(2026, 12)), ChinaTime.startOf(YearMonth.of(2027, 1)));
        assertEquals(YearMonth.of(2026, 12), ChinaTime.monthOf(Instant.parse("2026-12-31T15:59:59Z")));
        assertEquals(YearMonth.of(2027, 1), ChinaTime.monthOf(Instant.parse("2026-12-31T16:00:00Z")));
    }
}
