package org.yiyang.shared.domain;

/** Sex as recorded in the resident ID number (17th digit: odd male, even female). */
public enum Sex {
    MALE,
    FEMALE
}
