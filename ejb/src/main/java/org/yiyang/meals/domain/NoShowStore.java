package org.yiyang.meals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The no-show spells of the current county, detected set-based over all registrations for daily meals, never one
 * query per elder.
 */
public interface NoShowStore {

    /**
     * Detects, as of the day, every elder registered for daily meals (for at least {@code days} days) without a
     * standing meal on any of the last {@code days} days up to it: records the spells not yet known and brings the
     * days of the known ones up to date.
     *
     * @return the spells first detected by this run
     */
    List<NoShow> detect(int days, LocalDate day, Instant at);

    /**
     * The spells still open (no standing meal since the spell began, the registration still active and daily), the
     * longest absence first, at most {@code max}.
     */
    List<NoShow> open(int max);
}
