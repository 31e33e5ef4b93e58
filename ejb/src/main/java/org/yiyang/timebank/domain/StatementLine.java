package org.yiyang.timebank.domain;

import java.time.Instant;

/** An entry of an account's statement: the amount, the running balance after it, and its transaction. */
public record StatementLine(long entryId, long transactionId, TransactionKind kind, long amount, long balanceAfter,
                            String reference, Long reversesId, String reason, boolean byProxy, String by,
                            Instant at) {
}
