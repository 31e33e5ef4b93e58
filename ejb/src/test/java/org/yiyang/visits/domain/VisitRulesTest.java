package org.yiyang.visits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;
import org.yiyang.shared.domain.DomainException;

/** The tier rules and due dates of the visit programme. */
class VisitRulesTest {

    static final LocalDate D = LocalDate.of(2026, 11, 2);
    static final VisitPolicy DEFAULTS = new VisitPolicy(7, 14, 30, 3);

    @Test
    void redForThoseWhoCannotFullyCareForThemselvesOrWithASevereMindDisability() {
        assertEquals(RiskTier.RED, RiskTier.suggest(SelfCareAbility.PARTIAL, null, null, 70, LivingArrangement.WITH_SPOUSE, false));
        assertEquals(RiskTier.RED, RiskTier.suggest(SelfCareAbility.DEPENDENT, null, null, 65, null, true));
        assertEquals(RiskTier.RED, RiskTier.suggest(SelfCareAbility.INDEPENDENT, 3, DisabilityType.INTELLECTUAL, 66, null, false));
        assertEquals(RiskTier.RED, RiskTier.suggest(null, 1, DisabilityType.MENTAL, 90, LivingArrangement.ALONE, false));
        assertEquals(RiskTier.BLUE, RiskTier.suggest(SelfCareAbility.INDEPENDENT, 4, DisabilityType.MENTAL, 66, null, false),
                "grade 4 is not red");
        assertEquals(RiskTier.BLUE, RiskTier.suggest(SelfCareAbility.INDEPENDENT, 2, DisabilityType.PHYSICAL, 66, null, false));
    }

    @Test
    void yellowForEightyAndOverLivingAloneBlueOtherwise() {
        assertEquals(RiskTier.YELLOW, RiskTier.suggest(SelfCareAbility.INDEPENDENT, null, null, 80, LivingArrangement.ALONE, false));
        assertEquals(RiskTier.BLUE, RiskTier.suggest(SelfCareAbility.INDEPENDENT, null, null, 79, LivingArrangement.ALONE, false));
        assertEquals(RiskTier.BLUE, RiskTier.suggest(SelfCareAbility.INDEPENDENT, null, null, 85, LivingArrangement.WITH_CHILDREN, false));
        assertEquals(RiskTier.BLUE, RiskTier.suggest(SelfCareAbility.INDEPENDENT, null, null, 85, LivingArrangement.ALONE, true),
                "living elsewhere long-term is followed by phone");
    }

    @Test
    void theDueDateFollowsTheLastVisitAndThePolicyInForce() {
        assertEquals(D.plusDays(7), DEFAULTS.dueOn(RiskTier.RED, D, null), "from the enrolment");
        assertEquals(D.plusDays(10 + 14), DEFAULTS.dueOn(RiskTier.YELLOW, D, D.plusDays(10)), "from the last visit");
        assertEquals(D.plusDays(30), DEFAULTS.dueOn(RiskTier.BLUE, D, D.minusDays(3)), "a visit before enrolment");
        VisitPolicy changed = new VisitPolicy(7, 5, 30, 3);
        assertEquals(D.plusDays(10 + 5), changed.dueOn(RiskTier.YELLOW, D, D.plusDays(10)),
                "a change mid-cycle applies to the visit still pending");
        assertEquals(D.plusDays(7 + 3 + 1), DEFAULTS.escalatesOn(RiskTier.RED, D, null));
    }

    @Test
    void anOverrideNeedsAReasonAndSurvivesANewSuggestion() {
        Enrolment e = new Enrolment(1L, "371602001000", RiskTier.BLUE, false, D, "staff", Instant.EPOCH);
        DomainException ex = assertThrows(DomainException.class, () -> e.setTier(RiskTier.RED, " ", "staff", Instant.EPOCH));
        assertEquals("visit.tier.reasonRequired", ex.messageKey());
        e.setTier(RiskTier.RED, "近期摔倒", "staff", Instant.EPOCH);
        e.resuggest(RiskTier.YELLOW, "system", Instant.EPOCH);
        assertEquals(RiskTier.RED, e.tier());
        assertEquals(RiskTier.YELLOW, e.suggestedTier());
        e.setTier(RiskTier.YELLOW, null, "staff", Instant.EPOCH);
        assertEquals(null, e.tierReason(), "back to the suggestion: no reason kept");
    }

    @Test
    void aLaterVisitMovesTheLastVisitAnEarlierOneDoesNot() {
        Enrolment e = new Enrolment(1L, "371602001000", RiskTier.RED, false, D, "staff", Instant.EPOCH);
        e.visited(D.plusDays(5), "v", Instant.EPOCH);
        e.visited(D.plusDays(2), "v", Instant.EPOCH);
        assertEquals(D.plusDays(5), e.lastVisitedOn());
    }
}
