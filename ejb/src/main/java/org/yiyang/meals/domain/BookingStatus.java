package org.yiyang.meals.domain;

/** Where a booked meal stands. */
public enum BookingStatus {
    /** 已预订: the site expects the elder. */
    BOOKED,
    /** 已用餐: the elder was served the booked meal at the site. */
    SERVED,
    /** 已取消. */
    CANCELLED
}
