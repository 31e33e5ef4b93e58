package org.yiyang.timebank.domain;

/** What a ledger transaction records. */
public enum TransactionKind {
    /** Verified hours credited to the volunteer. */
    EARN,
    /** Hours or points exchanged for a service or goods. */
    REDEEM,
    /** Between two accounts of one unit. */
    TRANSFER,
    /** To the county pool. */
    DONATE,
    /** Banked hours earned before the policy's cutoff and not spent. */
    EXPIRY,
    /** A correction by the county administrator, with a reason. */
    ADJUSTMENT,
    /** Points awarded by staff for public-benefit work, with a reason. */
    AWARD,
    /** The negation of an earlier transaction, which stays as it was. */
    REVERSAL,
    /** A balance leaving for another county of the same city. */
    PORT_OUT,
    /** A balance arriving from another county of the same city. */
    PORT_IN
}
