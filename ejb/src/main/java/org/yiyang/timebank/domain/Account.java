package org.yiyang.timebank.domain;

/** A ledger account of the county: its owner, its unit and its balance as last read. */
public record Account(long id, OwnerKind ownerKind, long ownerId, LedgerUnit unit, long balance) {

    /** Whether it is a source account, which may go below zero. */
    public boolean source() {
        return ownerKind.source();
    }
}
