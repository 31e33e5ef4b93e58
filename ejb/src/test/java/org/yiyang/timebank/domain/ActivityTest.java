package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** An activity's slots, sign-ups and their cancellation, check-in and check-out, and its status. */
class ActivityTest {

    static final Instant AT = Instant.parse("2025-03-02T01:00:00Z");
    static final Instant START = AT.plusSeconds(3600);

    @Test
    void slotsAreNeverExceededAndACancelledPlaceIsFreeAgain() throws Exception {
        Activity a = TimebankFixtures.activity(1L, START, 2, AT);
        Volunteer v1 = TimebankFixtures.approved(11L, AT);
        Volunteer v2 = TimebankFixtures.approved(12L, AT);
        Volunteer v3 = TimebankFixtures.approved(13L, AT);
        Signup s1 = TimebankFixtures.withId(a.signUp(v1, "u1", AT), 21L);
        a.signUp(v2, "u2", AT);
        DomainException full = assertThrows(DomainException.class, () -> a.signUp(v3, "u3", AT));
        assertEquals("timebank.activity.full", full.messageKey());
        assertEquals(2, a.taken());
        s1.cancel(a, "u1", AT);
        assertEquals(1, a.taken());
        a.signUp(v3, "u3", AT);
        assertEquals("timebank.activity.full", assertThrows(DomainException.class,
                () -> s1.signUpAgain(a, v1, "u1", AT)).messageKey());
        assertEquals(SignupStatus.CANCELLED, s1.status());
    }

    @Test
    void onlyApprovedVolunteersSignUpForAnOpenActivity() throws Exception {
        Activity a = TimebankFixtures.activity(2L, START, 5, AT);
        Volunteer pending = TimebankFixtures.withId(new Volunteer("李", null, Set.of(), null,
                TimebankFixtures.TOWNSHIP, null, null, "bc-township", AT), 14L);
        assertEquals("timebank.volunteer.transition.invalid", assertThrows(DomainException.class,
                () -> a.signUp(pending, "x", AT)).messageKey());
        a.close("bc-township", AT);
        assertEquals("timebank.activity.transition.invalid", assertThrows(DomainException.class,
                () -> a.signUp(TimebankFixtures.approved(15L, AT), "x", AT)).messageKey());
        assertEquals(0, a.taken());
    }

    @Test
    void checkInWithinTheTimeAndRepeatsChangeNothing() throws Exception {
        Activity a = TimebankFixtures.activity(3L, START, 5, AT);
        Signup s = TimebankFixtures.withId(a.signUp(TimebankFixtures.approved(16L, AT), "v", AT), 22L);
        assertEquals("timebank.signup.transition.invalid", assertThrows(DomainException.class,
                () -> s.checkOut(a, "v", AT)).messageKey());
        assertEquals("timebank.checkIn.outsideTime", assertThrows(DomainException.class,
                () -> s.checkIn(a, "v", START.minusSeconds(2 * 3600 + 1))).messageKey());
        assertTrue(s.checkIn(a, "v", START.minusSeconds(600)));
        assertFalse(s.checkIn(a, "v", START), "a repeated check-in changes nothing");
        assertEquals(START.minusSeconds(600), s.checkedInAt());
        assertEquals("timebank.signup.transition.invalid", assertThrows(DomainException.class,
                () -> s.cancel(a, "v", AT)).messageKey());
        assertTrue(s.checkOut(a, "v", START.plusSeconds(3600)));
        assertFalse(s.checkOut(a, "v", START.plusSeconds(7200)), "a repeated check-out changes nothing");
        assertEquals(START.plusSeconds(3600), s.checkedOutAt());
        assertEquals(SignupStatus.CHECKED_OUT, s.status());
    }

    @Test
    void anActivityHasAFutureEndAfterItsStartAndSensibleSlots() {
        assertEquals("timebank.activity.time.invalid", assertThrows(DomainException.class, () -> new Activity("t",
                START, START, "t", "v", 1, Set.of(), null, null, "o", AT)).messageKey());
        assertEquals("timebank.activity.time.past", assertThrows(DomainException.class, () -> new Activity("t",
                AT.minusSeconds(7200), AT.minusSeconds(60), "t", "v", 1, Set.of(), null, null, "o", AT)).messageKey());
        assertEquals("timebank.activity.slots.invalid", assertThrows(DomainException.class, () -> new Activity("t",
                START, START.plusSeconds(60), "t", "v", 0, Set.of(), null, null, "o", AT)).messageKey());
    }

    @Test
    void aCancelledActivityIsCancelledOnceAndTakesNoCheckIn() throws Exception {
        Activity a = TimebankFixtures.activity(4L, START, 5, AT);
        Signup s = TimebankFixtures.withId(a.signUp(TimebankFixtures.approved(17L, AT), "v", AT), 23L);
        a.cancel("天气", "bc-township", AT);
        assertEquals(ActivityStatus.CANCELLED, a.status());
        assertEquals("timebank.activity.transition.invalid", assertThrows(DomainException.class,
                () -> s.checkIn(a, "v", START)).messageKey());
        assertEquals("timebank.activity.transition.invalid", assertThrows(DomainException.class,
                () -> a.cancel("again", "bc-township", AT)).messageKey());
    }
}
