package org.yiyang.timebank.application;

import java.time.Instant;

/** A balance moved to another county of the same city: PENDING until the target county credited it, then DELIVERED. */
public record PortView(String transferId, long volunteerId, String unit, long amount, long transactionId,
                       String targetCounty, long targetVolunteerId, String status, String createdBy,
                       Instant createdAt) {

    /** What the bureau asks: the volunteer's hours go to their volunteer record in the target county. */
    public record Move(Long volunteerId, String targetCounty, Long targetVolunteerId) {
    }
}
