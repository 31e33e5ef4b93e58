package org.yiyang.elders.domain;

import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.SelfCareAbility;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElderCategoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ElderProfile profile(LivingArrangement living, SelfCareAbility care, Integer grade, EconomicStatus eco,
                                boolean familyPlanning, boolean widowed) {
        return ElderProfile.of(null, null, null, null, living, care, grade,
                grade == null ? null : DisabilityType.PHYSICAL, eco, familyPlanning, widowed);
    }

    @Test
    void anElderOfSixtyFiveWithoutHardshipHasNoCategory() {
        Set<ElderCategory> c = ElderCategory.of(ElderProfile.NONE, TODAY.minusYears(65), TODAY);
        assertTrue(c.isEmpty(), c::toString);
    }

    @Test
    void advancedAgeStartsOnTheEightiethBirthday() {
        assertFalse(ElderCategory.of(ElderProfile.NONE, TODAY.minusYears(80).plusDays(1), TODAY)
                .contains(ElderCategory.ADVANCED_AGE));
        Set<ElderCategory> eighty = ElderCategory.of(ElderProfile.NONE, TODAY.minusYears(80), TODAY);
        assertEquals(Set.of(ElderCategory.ADVANCED_AGE, ElderCategory.SPECIAL_HARDSHIP), eighty);
    }

    @Test
    void eachHardshipMakesASpecialHardshipElder() {
        LocalDate born = TODAY.minusYears(66);
        assertTrue(ElderCategory.of(profile(null, null, null, EconomicStatus.NONE, false, true), born, TODAY)
                .containsAll(Set.of(ElderCategory.WIDOWED_CHILDLESS, ElderCategory.SPECIAL_HARDSHIP)));
        assertTrue(ElderCategory.of(profile(null, null, 3, EconomicStatus.NONE, false, false), born, TODAY)
                .containsAll(Set.of(ElderCategory.DISABLED, ElderCategory.SPECIAL_HARDSHIP)));
        assertTrue(ElderCategory.of(profile(null, null, null, EconomicStatus.NEAR_SUBSISTENCE, false, false), born, TODAY)
                .containsAll(Set.of(ElderCategory.ECONOMIC_HARDSHIP, ElderCategory.SPECIAL_HARDSHIP)));
        assertTrue(ElderCategory.of(profile(null, null, null, EconomicStatus.NONE, true, false), born, TODAY)
                .containsAll(Set.of(ElderCategory.FAMILY_PLANNING_SPECIAL, ElderCategory.SPECIAL_HARDSHIP)));
    }

    @Test
    void livingAloneAndDependenceAreCategoriesButNotHardshipByThemselves() {
        Set<ElderCategory> c = ElderCategory.of(profile(LivingArrangement.ALONE, SelfCareAbility.PARTIAL, null,
                EconomicStatus.NONE, false, false), TODAY.minusYears(70), TODAY);
        assertEquals(Set.of(ElderCategory.LIVING_ALONE, ElderCategory.DEPENDENT), c);
    }

    @Test
    void theStoredHardshipBasisLeavesAgeOut() {
        assertFalse(ElderCategory.hardshipBasis(ElderProfile.NONE));
        assertTrue(ElderCategory.hardshipBasis(profile(null, null, null, EconomicStatus.SUBSISTENCE, false, false)));
    }
}
