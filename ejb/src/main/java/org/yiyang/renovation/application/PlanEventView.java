package org.yiyang.renovation.application;

import java.time.Instant;

/** One step of a plan: who, in which role, when, from which status to which, why. */
public record PlanEventView(Instant occurredAt, String actor, String actorRole, String action, String fromStatus,
                            String toStatus, String note) {
}
