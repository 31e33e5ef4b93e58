package org.yiyang.elders.application;

import java.time.Instant;

/** One line of an elder's audit trail. */
public record AuditEntryView(Instant at, String actor, String action, String details) {
}
