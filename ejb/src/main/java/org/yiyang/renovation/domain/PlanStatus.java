package org.yiyang.renovation.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a renovation plan stands. */
public enum PlanStatus {
    /** Applied for; waiting for the home assessment. */
    APPLIED,
    /** Assessed (items, quantities, notes, photos); waiting for the county's decision. */
    ASSESSED,
    /** Approved with its subsidy and self-pay share and given to a contractor. */
    APPROVED,
    /** Refused by the county, with a reason. */
    REJECTED,
    /** The contractor is building. */
    IN_PROGRESS,
    /** Built, with before and after photos; waiting for the township's acceptance. */
    COMPLETED,
    /** Accepted (验收) by the township; waiting for settlement with the contractor. */
    ACCEPTED,
    /** Settled with the contractor. */
    SETTLED;

    /**
     * Statuses after which nothing more is done for the household: settled, or refused (a follow-up that referred
     * the elder to the plan is closed by them).
     */
    public static final Set<PlanStatus> FINISHED = EnumSet.of(SETTLED, REJECTED);

    /** Whether the plan's subsidy counts against the household's cap. */
    public boolean holdsSubsidy() {
        return this == APPROVED || this == IN_PROGRESS || this == COMPLETED || this == ACCEPTED || this == SETTLED;
    }
}
