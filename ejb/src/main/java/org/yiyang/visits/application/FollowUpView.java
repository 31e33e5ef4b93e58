package org.yiyang.visits.application;

import java.time.Instant;

/**
 * A link of the elder's chain: the visit, what it set in motion, where that stands (the order's or plan's own
 * status, or OPEN / CLOSED for a referral) and whether it is closed.
 */
public record FollowUpView(long id, long visitId, Instant visitedAt, String kind, Long orderId, Long planId,
                           String referredTo, String note, String status, boolean closed, String closingNote,
                           Instant createdAt, String createdBy) {
}
