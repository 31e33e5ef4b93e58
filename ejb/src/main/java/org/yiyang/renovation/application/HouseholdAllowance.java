package org.yiyang.renovation.application;

import java.math.BigDecimal;

/** A household's renovation subsidy: the cap in force, what approved plans hold of it, what is left. */
public record HouseholdAllowance(long householdId, BigDecimal cap, int capVersion, BigDecimal approved,
                                 BigDecimal remaining, int approvedPlans) {
}
