package org.yiyang.visits.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Extreme-weather alerts of the current county and their must-visit tasks. */
public interface AlertRepository {

    Optional<Alert> find(long id);

    /**
     * Stores a new alert and gives every active red-tier enrolment of its townships a must-visit task due at the
     * alert's visit-by time.
     */
    void declare(Alert alert);

    /** The latest alerts by start, newest first (only those covering the township, when given), at most {@code max}. */
    List<Alert> latest(Optional<String> township, int max);

    /** How many tasks the alert has and how many are visited (over one township's tasks, when given). */
    AlertProgress progress(long alertId, Optional<String> township);

    /** The enrolment ids of the alert's tasks, visited or not, by id, at most {@code max}. */
    List<Long> taskEnrolments(long alertId, boolean visited, int max);

    /** The enrolments with an open task of an alert that has not ended at {@code now}. */
    Set<Long> withOpenTasks(Instant now);

    /**
     * A visit of the enrolment fulfils its open tasks of the alerts declared up to the visit's time, when it is a
     * home visit.
     *
     * @return how many tasks it fulfilled
     */
    int fulfil(long enrolmentId, long visitId, Instant visitedAt, VisitKind kind);
}
