package org.yiyang.orders.domain;

/** Who pays for an order. */
public enum Payer {
    /** The elder or the family. */
    SELF,
    /** The government-purchased service allowance of an eligible elder. */
    ALLOWANCE,
    /** A charity. */
    CHARITY
}
