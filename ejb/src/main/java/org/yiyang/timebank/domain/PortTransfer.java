package org.yiyang.timebank.domain;

import java.time.Instant;

/**
 * A volunteer's balance leaving for another county of the same city, as the source county's outbox keeps it: the
 * unique transfer id, the amount debited (PORT_OUT) and whom the target county credits.
 */
public record PortTransfer(String transferId, String sourceCounty, long volunteerId, LedgerUnit unit, long amount,
                           long transactionId, String targetCounty, long targetVolunteerId, boolean delivered,
                           String createdBy, Instant createdAt) {
}
