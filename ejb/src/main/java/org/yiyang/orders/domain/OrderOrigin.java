package org.yiyang.orders.domain;

/** Through whom an order came in. */
public enum OrderOrigin {
    /** The county's hotline (county staff). */
    HOTLINE,
    /** A grid worker, village assistant or township office. */
    GRID,
    /** The provider itself. */
    PROVIDER,
    /** A family member (public portal, later). */
    FAMILY
}
