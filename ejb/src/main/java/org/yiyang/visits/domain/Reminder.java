package org.yiyang.visits.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder as an inbox holds it: what about, for which enrolment and elder, due when, read or not. */
public record Reminder(long id, String kind, long enrolmentId, long elderId, LocalDate dueOn, Instant createdAt,
                       boolean read) {
}
