package org.yiyang.coverage.application;

import java.math.BigDecimal;

/**
 * The figures of one county as a city official sees them: registered elders, and what was done in the month
 * (orders carried out, renovation plans approved and their subsidy, visits recorded).
 */
public record CountyFiguresView(String countyCode, String countyName, long elders, String month, int ordersCompleted,
                                int plansApproved, BigDecimal subsidyApproved, int visitsRecorded) {
}
