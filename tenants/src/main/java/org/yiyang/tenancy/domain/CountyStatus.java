package org.yiyang.tenancy.domain;

/** Lifecycle of a county tenant on the platform. */
public enum CountyStatus {
    /** Registered, being set up by the platform operator; users cannot sign in yet. */
    ONBOARDING,
    /** In service. */
    ACTIVE,
    /** Temporarily closed: data kept, no sign-in. */
    SUSPENDED
}
