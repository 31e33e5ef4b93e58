package org.yiyang.timebank.application;

/** The steps a caller may take on a volunteer, an activity or an hours entry, as views list them. */
public enum TimebankAction {
    APPROVE,
    REJECT,
    SUSPEND,
    SIGN_UP,
    CANCEL_SIGNUP,
    CHECK_IN,
    CHECK_OUT,
    RECORD_HOURS,
    CLOSE,
    CANCEL,
    VERIFY,
    REVERSE
}
