package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** A volunteer's registration: approved or rejected with a reason, suspended and approved again; skills kept. */
class VolunteerTest {

    static final Instant AT = Instant.parse("2025-03-02T01:00:00Z");

    static Volunteer pending() {
        return new Volunteer("王", null, EnumSet.of(Skill.REPAIR, Skill.COMPANIONSHIP), "工作日上午",
                TimebankFixtures.TOWNSHIP, 5L, null, "bc-township", AT);
    }

    @Test
    void approvedThenSuspendedWithAReasonAndApprovedAgain() {
        Volunteer v = pending();
        assertEquals(VolunteerStatus.PENDING, v.status());
        assertEquals("timebank.volunteer.transition.invalid", assertThrows(DomainException.class,
                () -> v.requireApproved("signUp")).messageKey());
        v.approve("bc-township", AT);
        assertEquals("timebank.volunteer.transition.invalid", assertThrows(DomainException.class,
                () -> v.reject("晚了", "bc-township", AT)).messageKey());
        v.suspend("多次爽约", "bc-township", AT);
        assertEquals(VolunteerStatus.SUSPENDED, v.status());
        assertEquals("多次爽约", v.decisionReason());
        v.approve("bc-staff", AT);
        assertEquals(VolunteerStatus.APPROVED, v.status());
        v.requireApproved("signUp");
    }

    @Test
    void aRejectedVolunteerStaysRejected() {
        Volunteer v = pending();
        v.reject("信息不实", "bc-township", AT);
        assertEquals(VolunteerStatus.REJECTED, v.status());
        assertEquals("信息不实", v.decisionReason());
        DomainException e = assertThrows(DomainException.class, () -> v.approve("bc-township", AT));
        assertEquals("timebank.volunteer.transition.invalid", e.messageKey());
        assertEquals("timebank.volunteer.transition.invalid", assertThrows(DomainException.class,
                () -> v.suspend("x", "bc-township", AT)).messageKey());
    }

    @Test
    void skillsRoundTripThroughTheirColumnInOrder() {
        assertEquals("COMPANIONSHIP,REPAIR", Skill.format(Set.of(Skill.REPAIR, Skill.COMPANIONSHIP)));
        assertEquals(EnumSet.of(Skill.COMPANIONSHIP, Skill.REPAIR), pending().skills());
        assertEquals("", Skill.format(Set.of()));
        assertEquals(Set.of(), Skill.parse(""));
    }
}
