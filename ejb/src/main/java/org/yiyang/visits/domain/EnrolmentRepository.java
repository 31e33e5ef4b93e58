package org.yiyang.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Enrolments of the current county. */
public interface EnrolmentRepository {

    Optional<Enrolment> find(long id);

    /** The elder's enrolment (one per elder), active or not. */
    Optional<Enrolment> findByElder(long elderId);

    /** Stores a new enrolment. */
    void store(Enrolment enrolment);

    /** The enrolments with these ids in one query, in the order of the ids (unknown ids left out). */
    List<Enrolment> inOrder(List<Long> ids);

    /** The visitor's active enrolments, at most {@code max}. */
    List<Enrolment> activeOfVisitor(String username, int max);

    /**
     * The ids of the active enrolments due before {@code today} under the policy (of one township, or the whole
     * county when empty): longest overdue first, then by id, at most {@code max}.
     */
    List<Long> overdue(VisitPolicy policy, LocalDate today, Optional<String> township, int max);
}
