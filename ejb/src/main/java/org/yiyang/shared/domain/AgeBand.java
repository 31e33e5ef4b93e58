package org.yiyang.shared.domain;

import java.time.LocalDate;

/** Age bands of elders (60 and over), for searching, reporting and subsidy tables. */
public enum AgeBand {
    FROM_60_TO_69(60, 69), FROM_70_TO_79(70, 79), FROM_80_TO_89(80, 89), FROM_90(90, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of an age of 60 or more; refused (IllegalArgumentException) below 60. */
    public static AgeBand of(int age) {
        for (AgeBand b : values()) {
            if (age >= b.from && age <= b.to) {
                return b;
            }
        }
        throw new IllegalArgumentException("no age band for age " + age);
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
