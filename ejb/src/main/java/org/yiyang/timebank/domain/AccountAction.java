package org.yiyang.timebank.domain;

/** What may be done with an account: the steps a view offers. */
public enum AccountAction {
    REDEEM,
    TRANSFER,
    DONATE,
    ADJUST,
    AWARD,
    MOVE
}
