package org.yiyang.timebank.domain;

/** A volunteer's place in an activity: signed up, cancelled, checked in on the day, checked out afterwards. */
public enum SignupStatus {
    SIGNED_UP,
    CANCELLED,
    CHECKED_IN,
    CHECKED_OUT
}
