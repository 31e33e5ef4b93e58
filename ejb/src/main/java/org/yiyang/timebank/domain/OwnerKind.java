package org.yiyang.timebank.domain;

/**
 * Whose account it is: a volunteer, a family member linked for redemption, a resident earning points for
 * public-benefit work, the county pool of donations; or one of the county's source accounts (owner id 0) that
 * balance the ledger: hours and points issued, spent, expired, and moved between counties.
 */
public enum OwnerKind {
    VOLUNTEER(false),
    FAMILY(false),
    RESIDENT(false),
    POOL(false),
    ISSUED(true),
    SPENT(true),
    EXPIRED(true),
    PORTED(true);

    private final boolean source;

    OwnerKind(boolean source) {
        this.source = source;
    }

    /** Whether this is a county source account, which may go below zero and has owner id 0. */
    public boolean source() {
        return source;
    }
}
