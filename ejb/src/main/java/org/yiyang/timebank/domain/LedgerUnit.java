package org.yiyang.timebank.domain;

/** What an account counts: banked hours (in minutes) or points (whole points). An account holds one unit. */
public enum LedgerUnit {
    HOURS,
    POINTS
}
