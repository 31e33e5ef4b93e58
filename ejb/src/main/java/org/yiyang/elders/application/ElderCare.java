package org.yiyang.elders.application;

import org.yiyang.shared.domain.DisabilityType;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;

/**
 * What care services need to know of an elder's situation (published by {@link ElderDirectory}): self-care,
 * disability, age today and living arrangement. Attributes the register does not hold are null.
 */
public record ElderCare(SelfCareAbility selfCare, Integer disabilityGrade, DisabilityType disabilityType, int age,
                        LivingArrangement living) {
}
