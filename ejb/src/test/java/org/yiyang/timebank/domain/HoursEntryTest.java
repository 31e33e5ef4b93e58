package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;

/**
 * Recording hours: only after checking in and out of a held activity; the day an entry counts on is the China day of
 * the check-in (a clock at Shanghai midnight: 23:50 is the day before, 00:10 the next), and the day's limit is over all
 * the volunteer's counting entries of that day; then verification, rejection and reversal.
 */
class HoursEntryTest {

    /** Shanghai midnight starting 2025-03-02: 2025-03-01T16:00Z. */
    static final Instant MIDNIGHT = ZonedDateTime.of(2025, 3, 2, 0, 0, 0, 0, ChinaTime.ZONE).toInstant();
    static final Clock CLOCK = Clock.fixed(MIDNIGHT, ChinaTime.ZONE);

    /** The entries recorded so far, as the repository's day sums would read them. */
    final List<HoursEntry> recorded = new ArrayList<>();
    long nextId = 100;

    int already(long volunteerId, LocalDate day) {
        return recorded.stream().filter(e -> e.volunteerId() == volunteerId && e.serviceDay().equals(day))
                .filter(HoursEntry::counts).mapToInt(HoursEntry::minutes).sum();
    }

    /** The volunteer takes part in a new activity, checking in at {@code checkIn}, and records the minutes. */
    HoursEntry takePartAndRecord(Volunteer v, Instant checkIn, int minutes) throws ReflectiveOperationException {
        Activity a = TimebankFixtures.activity(nextId++, checkIn.minusSeconds(600), 5, checkIn.minusSeconds(3600));
        Signup s = TimebankFixtures.withId(a.signUp(v, "bc-volunteer", checkIn.minusSeconds(3000)), nextId++);
        s.checkIn(a, "bc-volunteer", checkIn);
        s.checkOut(a, "bc-volunteer", checkIn.plusSeconds(minutes * 60L));
        HoursEntry e = TimebankFixtures.withId(HoursEntry.record(a, s, minutes, null, HoursRules.DEFAULTS,
                day -> already(v.id(), day), "bc-volunteer", checkIn.plusSeconds(minutes * 60L)), nextId++);
        recorded.add(e);
        return e;
    }

    @Test
    void theDayIsTheChinaDayOfTheCheckInAndItsLimitCoversAllItsEntries() throws Exception {
        Volunteer v = TimebankFixtures.approved(7L, MIDNIGHT.minus(Duration.ofDays(1)));
        Instant lateEvening = CLOCK.instant().minus(Duration.ofMinutes(10));
        HoursEntry evening = takePartAndRecord(v, lateEvening.minus(Duration.ofHours(5)), 300);
        assertEquals(LocalDate.of(2025, 3, 1), evening.serviceDay());
        HoursEntry late = takePartAndRecord(v, lateEvening, 180);
        assertEquals(LocalDate.of(2025, 3, 1), late.serviceDay(), "23:50 in Shanghai is still the 1st");
        DomainException over = assertThrows(DomainException.class,
                () -> takePartAndRecord(v, lateEvening.plusSeconds(60), 15));
        assertEquals("timebank.hours.minutes.overDailyLimit", over.messageKey());
        assertEquals(List.of(480, 480), over.args());

        HoursEntry afterMidnight = takePartAndRecord(v, CLOCK.instant().plus(Duration.ofMinutes(10)), 480);
        assertEquals(LocalDate.of(2025, 3, 2), afterMidnight.serviceDay(), "from Shanghai midnight a new day counts");
    }

    @Test
    void aRejectedOrReversedEntryNoLongerCountsTowardsTheDay() throws Exception {
        Volunteer v = TimebankFixtures.approved(8L, MIDNIGHT.minus(Duration.ofDays(1)));
        Instant morning = MIDNIGHT.plus(Duration.ofHours(8));
        HoursEntry first = takePartAndRecord(v, morning, 400);
        first.reject("时长有误", "bc-township", false, morning.plus(Duration.ofHours(8)));
        HoursEntry second = takePartAndRecord(v, morning.plus(Duration.ofHours(1)), 400);
        second.verify("bc-township", false, morning.plus(Duration.ofHours(9)));
        second.reverse("重复登记", "bc-township", morning.plus(Duration.ofHours(10)));
        assertEquals(480, takePartAndRecord(v, morning.plus(Duration.ofHours(2)), 480).minutes());
    }

    @Test
    void hoursOnlyAfterCheckingInAndOutOfAHeldActivity() throws Exception {
        Volunteer v = TimebankFixtures.approved(9L, MIDNIGHT.minus(Duration.ofDays(1)));
        Activity a = TimebankFixtures.activity(50L, MIDNIGHT, 3, MIDNIGHT.minusSeconds(3600));
        Signup s = TimebankFixtures.withId(a.signUp(v, "bc-volunteer", MIDNIGHT.minusSeconds(1800)), 51L);
        assertEquals("timebank.hours.notTakenPart", assertThrows(DomainException.class, () -> HoursEntry.record(a, s,
                60, null, HoursRules.DEFAULTS, day -> 0, "bc-volunteer", MIDNIGHT)).messageKey());
        s.checkIn(a, "bc-volunteer", MIDNIGHT);
        assertEquals("timebank.hours.notTakenPart", assertThrows(DomainException.class, () -> HoursEntry.record(a, s,
                60, null, HoursRules.DEFAULTS, day -> 0, "bc-volunteer", MIDNIGHT)).messageKey());
        s.checkOut(a, "bc-volunteer", MIDNIGHT.plusSeconds(3600));
        a.cancel("下雨", "bc-township", MIDNIGHT.plusSeconds(4000));
        assertEquals("timebank.activity.transition.invalid", assertThrows(DomainException.class, () ->
                HoursEntry.record(a, s, 60, null, HoursRules.DEFAULTS, day -> 0, "bc-volunteer",
                        MIDNIGHT.plusSeconds(4000))).messageKey());
    }

    @Test
    void verifiedOnceAndReversedOnlyWhenVerified() throws Exception {
        Volunteer v = TimebankFixtures.approved(10L, MIDNIGHT.minus(Duration.ofDays(1)));
        HoursEntry e = takePartAndRecord(v, MIDNIGHT.plus(Duration.ofHours(9)), 90);
        assertEquals(HoursStatus.PENDING, e.status());
        assertEquals("timebank.hours.transition.invalid", assertThrows(DomainException.class,
                () -> e.reverse("错", "bc-township", MIDNIGHT)).messageKey());
        e.verify("bc-assistant", true, MIDNIGHT.plus(Duration.ofHours(12)));
        assertEquals(HoursStatus.VERIFIED, e.status());
        assertTrue(e.byProxy());
        assertEquals("bc-assistant", e.decidedBy());
        assertEquals("timebank.hours.transition.invalid", assertThrows(DomainException.class,
                () -> e.verify("bc-township", false, MIDNIGHT)).messageKey());
        assertEquals("timebank.hours.transition.invalid", assertThrows(DomainException.class,
                () -> e.reject("错", "bc-township", false, MIDNIGHT)).messageKey());
        e.reverse("时长多记", "bc-township", MIDNIGHT.plus(Duration.ofHours(13)));
        assertEquals(HoursStatus.REVERSED, e.status());
        assertEquals(90, e.minutes(), "a reversed entry keeps its minutes");
        assertFalse(e.counts());
    }
}
