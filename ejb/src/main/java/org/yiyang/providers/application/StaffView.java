package org.yiyang.providers.application;

/** A member of a provider's staff. */
public record StaffView(long id, long providerId, String name, String phone, String username, String qualifications,
                        boolean active) {
}
