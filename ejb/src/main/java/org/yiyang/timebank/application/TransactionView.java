package org.yiyang.timebank.application;

import java.time.Instant;
import java.util.List;

/** A posted transaction and its entries; {@code reversedBy} names its reversal, if any. */
public record TransactionView(long id, String kind, String unit, String reference, Long reversesId, Long reversedBy,
                              String reason, boolean byProxy, String createdBy, Instant createdAt,
                              List<EntryView> entries) {

    /** An entry: the account, its owner and the signed amount. */
    public record EntryView(long accountId, String ownerKind, long ownerId, long amount) {
    }
}
