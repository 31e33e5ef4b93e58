package org.yiyang.providers.application;

/** A new member of staff; {@code username} links their Keycloak login. */
public record StaffInput(String name, String phone, String username, String qualifications) {
}
