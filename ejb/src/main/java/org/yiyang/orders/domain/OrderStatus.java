package org.yiyang.orders.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands: created → assigned (to a provider, then to a member of its staff) → checked in →
 * completed → confirmed → settled; or cancelled, or rejected by the provider (and then assigned again).
 */
public enum OrderStatus {
    CREATED, ASSIGNED, CHECKED_IN, COMPLETED, CONFIRMED, SETTLED, CANCELLED, REJECTED;

    /** Statuses in which an allowance order holds a reservation of the elder's allowance. */
    public static final Set<OrderStatus> RESERVING = EnumSet.of(ASSIGNED, CHECKED_IN);

    /**
     * Statuses after which nothing more is done for the elder: served and confirmed, settled, or cancelled (a
     * follow-up that referred the elder to the order is closed by them).
     */
    public static final Set<OrderStatus> FINISHED = EnumSet.of(CONFIRMED, SETTLED, CANCELLED);

    public boolean isClosed() {
        return this == SETTLED || this == CANCELLED;
    }
}
