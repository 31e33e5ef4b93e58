package org.yiyang.orders.domain;

import java.util.Arrays;

/**
 * The steps of an order, each with the statuses it may be taken from; its key names it in the timeline and in
 * messages (labels {@code OrderAction.<key>}). Creating has no status to start from: it makes the order.
 */
public enum OrderAction {
    CREATE("create"),
    ASSIGN("assign", OrderStatus.CREATED, OrderStatus.REJECTED),
    ASSIGN_STAFF("assignStaff", OrderStatus.ASSIGNED),
    REJECT("reject", OrderStatus.ASSIGNED),
    CANCEL("cancel", OrderStatus.CREATED, OrderStatus.ASSIGNED, OrderStatus.REJECTED),
    CHECK_IN("checkIn", OrderStatus.ASSIGNED),
    CHECK_OUT("checkOut", OrderStatus.CHECKED_IN),
    CONFIRM("confirm", OrderStatus.COMPLETED),
    SETTLE("settle", OrderStatus.CONFIRMED);

    private final String key;
    private final OrderStatus[] from;

    OrderAction(String key, OrderStatus... from) {
        this.key = key;
        this.from = from;
    }

    /** The step's name in the timeline, e.g. {@code assignStaff}. */
    public String key() {
        return key;
    }

    /** Whether the step may be taken from this status. */
    public boolean startsFrom(OrderStatus status) {
        return Arrays.asList(from).contains(status);
    }

    /** The statuses the step may be taken from. */
    OrderStatus[] from() {
        return from.clone();
    }
}
