package org.yiyang.timebank.domain;

import java.time.Instant;
import java.util.List;

/** A transaction as posted: its legs with the accounts as they were read. */
public record PostedTransaction(long id, TransactionKind kind, LedgerUnit unit, String reference, Long reversesId,
                                String reason, boolean byProxy, String by, Instant at, List<Leg> legs) {
}
