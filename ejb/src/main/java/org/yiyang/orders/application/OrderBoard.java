package org.yiyang.orders.application;

/**
 * A provider's order board: orders not yet given to a member of staff, today's orders, services in progress
 * and services waiting for the elder's confirmation; each column lists its first orders and counts all.
 */
public record OrderBoard(OrderPage fresh, OrderPage today, OrderPage inProgress, OrderPage toConfirm) {
}
