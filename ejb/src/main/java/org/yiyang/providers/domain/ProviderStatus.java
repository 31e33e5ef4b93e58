package org.yiyang.providers.domain;

/** Whether a provider may take new work. */
public enum ProviderStatus {
    ACTIVE, SUSPENDED
}
