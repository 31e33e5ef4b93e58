package org.yiyang.renovation.domain;

import java.math.BigDecimal;

/**
 * What each household's approved renovation plans hold of its subsidy cap. Approvals of one household run one
 * after the other under the household's lock, and an addition that would take the household above the cap changes
 * nothing. Everything runs in the caller's transaction.
 */
public interface SubsidyLedger {

    /** What the household's approved plans hold. */
    record Held(BigDecimal approved, int plans) {
    }

    /** Opens the household's account, holding nothing, unless it has one (with the household's first plan). */
    void open(String county, long householdId, BigDecimal cap);

    /**
     * Locks the household's account until the end of the transaction (opening it first if it has none), so that
     * approvals of one household run one after the other.
     */
    void lockHousehold(String county, long householdId, BigDecimal cap);

    /** What the household's approved plans hold, as last committed. */
    Held held(String county, long householdId);

    /**
     * The same as a locking read: the latest committed figure, not the transaction's snapshot (a plain read could
     * return what the household held before a concurrent approval).
     */
    Held heldForUpdate(String county, long householdId);

    /**
     * Adds an approved subsidy under the cap in force; false (and nothing changed) if it would exceed it. The caller
     * holds the household's lock.
     */
    boolean add(String county, long householdId, BigDecimal subsidy, BigDecimal cap);
}
