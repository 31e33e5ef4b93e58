package org.yiyang.visits.application;

import java.time.Instant;

/** A visit record as shown. */
public record VisitView(long id, long enrolmentId, Instant visitedAt, String visitor, String kind, String health,
                        String living, String safety, String caregiver, String needs, String notes) {
}
