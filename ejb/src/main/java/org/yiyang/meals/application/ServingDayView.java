package org.yiyang.meals.application;

import java.time.LocalDate;
import java.util.List;

/** A site's meals of one day: the count per meal period and every entry of the ledger. */
public record ServingDayView(long siteId, String siteName, LocalDate day, List<PeriodCount> counts,
                             List<ServingView> servings) {

    /**
     * The meals of a period that stand (servings not reversed).
     *
     * @param subsidised of which subsidised
     */
    public record PeriodCount(String period, long served, long subsidised) {
    }
}
