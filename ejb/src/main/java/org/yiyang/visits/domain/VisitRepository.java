package org.yiyang.visits.domain;

import java.util.List;
import java.util.Optional;

/** Visit records of the current county and what they set in motion. */
public interface VisitRepository {

    Optional<Visit> find(long id);

    /** Stores a new visit and writes it at once (its tasks and follow-ups refer to its row). */
    void store(Visit visit);

    /** The enrolment's visits, latest first, at most {@code max}. */
    List<Visit> ofEnrolment(long enrolmentId, int max);

    Optional<FollowUp> findFollowUp(long id);

    /** Stores a new follow-up. */
    void store(FollowUp followUp);

    /** The follow-ups of every visit of the enrolment, newest first, at most {@code max}. */
    List<FollowUp> followUpsOf(long enrolmentId, int max);
}
