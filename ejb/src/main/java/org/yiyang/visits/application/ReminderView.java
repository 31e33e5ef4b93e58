package org.yiyang.visits.application;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder in an inbox. */
public record ReminderView(long id, String kind, long enrolmentId, String elderName, LocalDate dueOn,
                           Instant createdAt, boolean read) {
}
