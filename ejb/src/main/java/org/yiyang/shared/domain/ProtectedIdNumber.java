package org.yiyang.shared.domain;

/**
 * A resident ID number as it is stored: AES-GCM cipher text bound to its county, a keyed hash for look-up
 * and uniqueness, and the masked form for display.
 */
public record ProtectedIdNumber(byte[] cipher, byte[] hash, String masked) {
}
