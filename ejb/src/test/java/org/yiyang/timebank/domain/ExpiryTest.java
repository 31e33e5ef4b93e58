package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.ChinaTime;

/** Banked hours expire first in first out, as of an injected clock's moment and the policy's months. */
class ExpiryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

    static Instant monthsAgo(int months) {
        return ZonedDateTime.ofInstant(CLOCK.instant(), ChinaTime.ZONE).minusMonths(months).toInstant();
    }

    static final Instant CUTOFF = monthsAgo(12);

    @Test
    void creditsBeforeTheCutoffExpireLessWhatWasSpentSinceOldestFirst() {
        List<Movement> m = List.of(new Movement(120, monthsAgo(18)), new Movement(60, monthsAgo(14)),
                new Movement(-100, monthsAgo(6)), new Movement(240, monthsAgo(2)));
        // 180 credited before the cutoff, 100 of them spent since: 80 expire; the recent 240 stay
        assertEquals(80, Expiry.due(m, CUTOFF, 320));
    }

    @Test
    void nothingExpiresWhenTheSpendingUsedUpTheOldCredits() {
        List<Movement> m = List.of(new Movement(60, monthsAgo(13)), new Movement(-90, monthsAgo(1)),
                new Movement(120, monthsAgo(3)));
        assertEquals(0, Expiry.due(m, CUTOFF, 90));
        assertEquals(0, Expiry.due(List.of(new Movement(60, monthsAgo(11))), CUTOFF, 60));
    }

    @Test
    void aSecondRunAtTheSameCutoffFindsNothingAndNeverMoreThanTheBalance() {
        List<Movement> m = new ArrayList<>(List.of(new Movement(300, monthsAgo(20))));
        long due = Expiry.due(m, CUTOFF, 300);
        assertEquals(300, due);
        m.add(new Movement(-due, CLOCK.instant()));
        assertEquals(0, Expiry.due(m, CUTOFF, 0));
        assertEquals(50, Expiry.due(List.of(new Movement(300, monthsAgo(20))), CUTOFF, 50));
    }
}
