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
}
