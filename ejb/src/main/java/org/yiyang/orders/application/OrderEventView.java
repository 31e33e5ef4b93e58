package org.yiyang.orders.application;

import java.time.Instant;

/** One transition of an order. */
public record OrderEventView(Instant at, String actor, String actorRole, String action, String fromStatus,
                             String toStatus, String note) {
}
