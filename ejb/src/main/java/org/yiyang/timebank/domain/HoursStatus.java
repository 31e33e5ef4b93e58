package org.yiyang.timebank.domain;

/** An hours entry waits for verification, is verified or rejected; a verified entry corrected later is reversed. */
public enum HoursStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    REVERSED
}
