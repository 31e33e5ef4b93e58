package org.yiyang.timebank.application;

import java.time.Instant;
import java.util.List;

/** An account's statement: its entries, oldest first, each with the running balance after it. */
public record StatementView(AccountView account, List<Line> lines) {

    /** An entry of the statement. */
    public record Line(long entryId, long transactionId, String kind, long amount, long balanceAfter,
                       String reference, Long reversesId, String reason, boolean byProxy, String createdBy,
                       Instant createdAt) {
    }
}
