package org.yiyang.visits.application;

import java.time.Instant;

/** A visit record: when (now when empty), how, the checklist and notes. */
public record VisitInput(Instant visitedAt, String kind, String health, String living, String safety,
                         String caregiver, String needs, String notes) {
}
