package org.yiyang.meals.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The settlements of the current county's sites, and the ledger entries booked into a site's month. Settling and
 * recording take the site's lock: recording a meal or a reversal takes it shared (many terminals at once), settling
 * takes it exclusive, so a settlement waits for the entries being recorded at the site and holds every one of them,
 * and an entry recorded meanwhile waits and then sees the month settled.
 */
public interface MealSettlementRepository {

    /**
     * The months the site has settled, read under the site's shared lock (held to the end of the transaction), as
     * committed now: what an entry being recorded at the site is booked by.
     */
    SettledMonths settledMonths(long siteId);

    /**
     * Takes the site's exclusive lock for a settlement (held to the end of the transaction). Taken before the
     * transaction reads anything else, it makes every later read see all entries recorded at the site.
     */
    void lockForSettlement(long siteId);

    Optional<MealSettlement> find(long id);

    /** The settlement of a site's month, if it was settled. */
    Optional<MealSettlement> of(long siteId, YearMonth month);

    /** The settlements, newest month first, then by site: of one site and/or of one operator's sites, or all. */
    List<MealSettlement> search(Optional<Long> siteId, Optional<Long> providerId, int max);

    /**
     * Stores a new settlement and writes it at once, so that a second one of the same site and month fails here, on
     * the unique key.
     */
    void store(MealSettlement settlement);

    /** The entries booked into a site's month (reversals included), by meal day and recording. */
    List<Serving> bookedInto(long siteId, YearMonth month);
}
