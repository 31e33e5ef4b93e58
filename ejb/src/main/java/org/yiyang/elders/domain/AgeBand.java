package org.yiyang.elders.domain;

import java.time.LocalDate;

/** Age bands for searching and reporting. */
public enum AgeBand {
    FROM_60_TO_69(60, 69), FROM_70_TO_79(70, 79), FROM_80_TO_89(80, 89), FROM_90(90, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The earliest birth date (inclusive) of this band on the given day. */
    public LocalDate bornOnOrAfter(LocalDate today) {
        return today.minusYears(to + 1L).plusDays(1);
    }

    /** The latest birth date (inclusive) of this band on the given day. */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(from);
    }
}
