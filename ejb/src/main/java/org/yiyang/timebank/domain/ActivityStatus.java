package org.yiyang.timebank.domain;

/** An activity takes sign-ups while open; closed it keeps its volunteers' hours; cancelled it took place not at all. */
public enum ActivityStatus {
    OPEN,
    CLOSED,
    CANCELLED
}
