package org.yiyang.shared.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Calendar days and months as the platform counts them: in China Standard Time (Asia/Shanghai, UTC+8, no
 * daylight saving), whatever zone the server or a clock is set to. The day changes at 16:00 UTC; the year
 * 2026 ends at 2026-12-31T16:00:00Z. Every rule that asks "which day" or "which month" asks here.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today by the clock, in China. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** This month by the clock, in China. */
    public static YearMonth thisMonth(Clock clock) {
        return monthOf(clock.instant());
    }

    /** The day an instant falls on, in China. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The month an instant falls in, in China. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(dayOf(instant));
    }

    /** Midnight at the start of the day, in China. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Midnight at the start of the month's first day, in China. */
    public static Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** Midnight after the month's last day (the start of the next month), in China: a period is [start, end). */
    public static Instant endOf(YearMonth month) {
        return startOf(month.plusMonths(1));
    }
}
