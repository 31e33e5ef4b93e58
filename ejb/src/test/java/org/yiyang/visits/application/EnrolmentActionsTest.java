package org.yiyang.visits.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.RiskTier;

/** Who may act on an enrolment, and who sees it. */
class EnrolmentActionsTest {

    static final String COUNTY = "370681";
    static final String TOWNSHIP = "370681001000";

    static Caller caller(String username, Role role, String township) {
        return new Caller(username, username, Set.of(role), Optional.of(COUNTY), Optional.empty(),
                Optional.ofNullable(township), Optional.empty());
    }

    @Test
    void theVisitorRecordsAndStaffAlsoSetTheTier() {
        assertEquals(new EnrolmentActions(true, false),
                EnrolmentActions.allowed(caller("liu", Role.VILLAGE_ASSISTANT, TOWNSHIP), "liu"));
        assertEquals(new EnrolmentActions(false, false),
                EnrolmentActions.allowed(caller("wang", Role.VILLAGE_ASSISTANT, TOWNSHIP), "liu"));
        assertEquals(new EnrolmentActions(true, true),
                EnrolmentActions.allowed(caller("zhao", Role.TOWNSHIP_STAFF, TOWNSHIP), "liu"));
        assertEquals(new EnrolmentActions(true, true), EnrolmentActions.allowed(caller("sun", Role.COUNTY_STAFF, null), null));
        DomainException refused = assertThrows(DomainException.class,
                () -> EnrolmentActions.requireRecordVisit(caller("wang", Role.VOLUNTEER, null), "liu"));
        assertEquals("visit.visitorOnly", refused.getMessage());
    }

    @Test
    void theBureauSeesAllTheTownshipItsOwnAndAVisitorTheirElders() {
        Enrolment e = new Enrolment(1, TOWNSHIP, RiskTier.RED, false, java.time.LocalDate.of(2026, 1, 5), "x",
                java.time.Instant.EPOCH);
        e.assignVisitor("vol", "志愿者", null, "x", java.time.Instant.EPOCH);
        assertTrue(EnrolmentViews.maySee(caller("sun", Role.COUNTY_STAFF, null), e));
        assertTrue(EnrolmentViews.maySee(caller("zhao", Role.TOWNSHIP_STAFF, TOWNSHIP), e));
        assertFalse(EnrolmentViews.maySee(caller("qian", Role.TOWNSHIP_STAFF, "370681002000"), e));
        assertTrue(EnrolmentViews.maySee(caller("vol", Role.VOLUNTEER, null), e));
        assertFalse(EnrolmentViews.maySee(caller("other", Role.VOLUNTEER, null), e));
    }
}
