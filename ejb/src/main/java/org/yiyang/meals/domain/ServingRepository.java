package org.yiyang.meals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The meal ledger of the current county. */
public interface ServingRepository {

    Optional<Serving> find(long id);

    /**
     * Adds an entry and writes it at once: a second reversal of the same serving (made at the same moment) fails
     * here, on the ledger's unique key.
     */
    void store(Serving serving);

    /** The reversal entry of a serving, if it was reversed. */
    Optional<Serving> reversalOf(long servingId);

    /** Which of these servings were reversed. */
    Set<Long> reversed(List<Long> servingIds);

    /** The entries of a site on a meal day (reversals included), in the order they were recorded. */
    List<Serving> ofSite(long siteId, LocalDate mealDay);

    /** The elder's latest servings (no reversal entries), the newest meal first. */
    List<Serving> latestOfElder(long elderId, int max);

    /**
     * The meals of each site with entries on the days from {@code from} to {@code to} (inclusive), of one township
     * or all: a reversal entry counts against the meal it reverses, in that meal's month.
     */
    List<SiteServingTotals> totalsBySite(LocalDate from, LocalDate to, Optional<String> townshipCode);
}
