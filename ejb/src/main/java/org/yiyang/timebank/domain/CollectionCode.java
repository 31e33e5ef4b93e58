package org.yiyang.timebank.domain;

import java.util.random.RandomGenerator;

/**
 * The code a points redeemer shows at the shop to collect the goods: eight characters of an alphabet without the
 * look-alikes 0/O and 1/I/L, about 8·10^11 codes, drawn at random (unique in the county by a key).
 */
public final class CollectionCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** The length of a code. */
    public static final int LENGTH = 8;

    private CollectionCode() {
    }

    public static String draw(RandomGenerator random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** A code as typed: trimmed and upper-cased; null when blank. */
    public static String normalise(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
