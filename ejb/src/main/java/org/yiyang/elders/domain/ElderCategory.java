package org.yiyang.elders.domain;

import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Categories computed from an elder's attributes. Special hardship (特殊困难老年人) is any of: advanced age
 * (80+), widowed and childless (孤寡), disability, economic hardship, family-planning special family.
 */
public enum ElderCategory {
    /** 特殊困难. */
    SPECIAL_HARDSHIP,
    /** 高龄 80+. */
    ADVANCED_AGE,
    /** 孤寡. */
    WIDOWED_CHILDLESS,
    /** 残疾. */
    DISABLED,
    /** 经济困难 (特困, 低保, 低保边缘). */
    ECONOMIC_HARDSHIP,
    /** 计划生育特殊家庭. */
    FAMILY_PLANNING_SPECIAL,
    /** 独居. */
    LIVING_ALONE,
    /** 失能/半失能. */
    DEPENDENT;

    /** The age from which an elder is of advanced age (高龄). */
    public static final int ADVANCED_AGE_YEARS = 80;

    /** The categories of an elder with this profile and birth date on a given day. */
    public static Set<ElderCategory> of(ElderProfile p, LocalDate birthDate, LocalDate today) {
        Set<ElderCategory> c = EnumSet.noneOf(ElderCategory.class);
        if (!birthDate.plusYears(ADVANCED_AGE_YEARS).isAfter(today)) {
            c.add(ADVANCED_AGE);
        }
        if (p.widowedChildless()) {
            c.add(WIDOWED_CHILDLESS);
        }
        if (p.disabilityGrade() != null) {
            c.add(DISABLED);
        }
        if (p.economicStatus().isHardship()) {
            c.add(ECONOMIC_HARDSHIP);
        }
        if (p.familyPlanningSpecial()) {
            c.add(FAMILY_PLANNING_SPECIAL);
        }
        if (!c.isEmpty()) {
            c.add(SPECIAL_HARDSHIP);
        }
        if (p.livingArrangement() == LivingArrangement.ALONE) {
            c.add(LIVING_ALONE);
        }
        if (p.selfCare() == SelfCareAbility.PARTIAL || p.selfCare() == SelfCareAbility.DEPENDENT) {
            c.add(DEPENDENT);
        }
        return c;
    }

    /** Special hardship for reasons other than age (stored, so that searches can use it with the age). */
    public static boolean hardshipBasis(ElderProfile p) {
        return p.widowedChildless() || p.disabilityGrade() != null || p.economicStatus().isHardship()
                || p.familyPlanningSpecial();
    }
}
