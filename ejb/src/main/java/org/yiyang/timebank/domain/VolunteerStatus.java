package org.yiyang.timebank.domain;

/** Where a volunteer's registration stands: only an approved volunteer signs up, records hours or leads a team. */
public enum VolunteerStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED
}
