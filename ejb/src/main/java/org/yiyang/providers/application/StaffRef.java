package org.yiyang.providers.application;

/** A provider's staff member as other contexts see them (published by {@link ProviderDirectory}). */
public record StaffRef(long id, long providerId, String providerCode, String name, String username, boolean active) {
}
