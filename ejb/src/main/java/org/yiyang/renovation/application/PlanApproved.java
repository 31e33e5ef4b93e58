package org.yiyang.renovation.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The county approved a renovation plan with its subsidy. Fired inside the approving transaction; read models
 * observe it (coverage counts approved households and the subsidy granted per month).
 */
public record PlanApproved(String county, long planId, long householdId, long elderId, String townshipCode,
                           BigDecimal subsidy, Instant approvedAt) {
}
