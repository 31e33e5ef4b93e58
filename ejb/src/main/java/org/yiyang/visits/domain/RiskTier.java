package org.yiyang.visits.domain;

import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;

/**
 * Laizhou's risk tiers. Red: cannot or can only partly care for themself, or a mental or intellectual
 * disability of grade 1–3 — visited most often and always in extreme weather. Yellow: 80 or older and living
 * alone. Blue: living elsewhere long-term — followed through calls and reports. The rules suggest a tier; an
 * official may override it with a reason.
 */
public enum RiskTier {
    RED, YELLOW, BLUE;

    /** The tier the rules suggest, the most urgent that applies; blue when none does. */
    public static RiskTier suggest(SelfCareAbility selfCare, Integer disabilityGrade, DisabilityType disabilityType,
                                   int age, LivingArrangement living, boolean livesElsewhere) {
        boolean cannotCare = selfCare == SelfCareAbility.PARTIAL || selfCare == SelfCareAbility.DEPENDENT;
        boolean mindDisability = (disabilityType == DisabilityType.MENTAL || disabilityType == DisabilityType.INTELLECTUAL)
                && disabilityGrade != null && disabilityGrade >= 1 && disabilityGrade <= 3;
        if (cannotCare || mindDisability) {
            return RED;
        }
        if (age >= 80 && living == LivingArrangement.ALONE && !livesElsewhere) {
            return YELLOW;
        }
        return BLUE;
    }
}
