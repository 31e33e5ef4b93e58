package org.yiyang.meals.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The months a site has settled, which are locked: the one rule that books a ledger entry into a month. An entry
 * goes into the month of its meal day, unless that month is settled; then into the first month after it that is
 * not. So a meal recorded after its month was settled, or a late reversal, is booked into the next open month,
 * and a settled month's totals never change.
 */
public record SettledMonths(Set<YearMonth> months) {

    /** A site that has settled nothing. */
    public static final SettledMonths NONE = new SettledMonths(Set.of());

    public SettledMonths {
        months = Set.copyOf(months);
    }

    /** The month an entry for a meal on this day is booked into: the first open month from the day's month on. */
    public YearMonth accountingMonthOf(LocalDate mealDay) {
        YearMonth m = YearMonth.from(mealDay);
        while (months.contains(m)) {
            m = m.plusMonths(1);
        }
        return m;
    }
}
