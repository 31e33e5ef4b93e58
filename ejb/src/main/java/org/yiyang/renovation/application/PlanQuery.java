package org.yiyang.renovation.application;

/** Filters of the plan list; empty fields do not filter. */
public record PlanQuery(String status, String townshipCode, Long contractorId, Long elderId, Long householdId) {

    public static final PlanQuery ALL = new PlanQuery(null, null, null, null, null);
}
