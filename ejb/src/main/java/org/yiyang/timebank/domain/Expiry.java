package org.yiyang.timebank.domain;

import java.util.List;

/**
 * Which banked hours expire, first in first out: every debit (spent, given away, expired before, reversed) uses the
 * oldest credits first, so what is due is the credits posted before the cutoff less all debits, never more than the
 * balance and never below zero. A second run at the same cutoff finds nothing: the first expiry is a debit.
 */
public final class Expiry {

    private Expiry() {
    }

    /** The minutes due to expire on an account with these movements and this balance. */
    public static long due(List<Movement> movements, java.time.Instant cutoff, long balance) {
        long creditsBefore = 0;
        long debits = 0;
        for (Movement m : movements) {
            if (m.amount() > 0 && m.at().isBefore(cutoff)) {
                creditsBefore += m.amount();
            } else if (m.amount() < 0) {
                debits -= m.amount();
            }
        }
        return Math.max(0, Math.min(balance, creditsBefore - debits));
    }
}
