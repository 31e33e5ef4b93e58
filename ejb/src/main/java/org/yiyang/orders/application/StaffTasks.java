package org.yiyang.orders.application;

/** A member of staff's task list: open orders earliest first, and what they completed today. */
public record StaffTasks(OrderPage open, OrderPage doneToday) {
}
