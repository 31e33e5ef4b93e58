package org.yiyang.visits.domain;

import java.time.LocalDate;

/**
 * A county's visit frequencies (days per tier) and escalation delay, as in force now. Due dates are computed
 * from the last visit (or the enrolment) with the frequency in force: a policy change applies to the visits
 * still pending at once, not only to the next cycle.
 */
public record VisitPolicy(int redDays, int yellowDays, int blueDays, int escalationDays) {

    public int days(RiskTier tier) {
        return switch (tier) {
            case RED -> redDays;
            case YELLOW -> yellowDays;
            case BLUE -> blueDays;
        };
    }

    /** When the next visit is due. */
    public LocalDate dueOn(RiskTier tier, LocalDate enrolledOn, LocalDate lastVisitedOn) {
        LocalDate base = lastVisitedOn == null || lastVisitedOn.isBefore(enrolledOn) ? enrolledOn : lastVisitedOn;
        return base.plusDays(days(tier));
    }

    /** The first day on which an unvisited elder escalates to the township. */
    public LocalDate escalatesOn(RiskTier tier, LocalDate enrolledOn, LocalDate lastVisitedOn) {
        return dueOn(tier, enrolledOn, lastVisitedOn).plusDays(escalationDays + 1L);
    }
}
