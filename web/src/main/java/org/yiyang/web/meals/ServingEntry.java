package org.yiyang.web.meals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the operator scanned or typed into the serving screen's one field: a meal card's token (a scanner types it
 * and presses Enter), or the last four characters of the elder's ID number followed by the name. A token is
 * Base64url, so four ID characters followed by a space or by a character no token has (such as a Chinese name) are
 * the ID digits and the name.
 *
 * @param cardToken the token; null when ID digits were typed, or nothing at all
 * @param name      null when only the ID digits were typed
 */
record ServingEntry(String cardToken, String idLast4, String name) {

    private static final Pattern DIGITS_AND_NAME = Pattern.compile("([0-9]{3}[0-9Xx])(?:\\s+|(?=[^A-Za-z0-9_-]))(.+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{3}[0-9Xx]");

    static ServingEntry of(String text) {
        String t = text == null ? "" : text.strip();
        if (DIGITS.matcher(t).matches()) {
            return new ServingEntry(null, t, null);
        }
        Matcher m = DIGITS_AND_NAME.matcher(t);
        if (m.matches()) {
            String name = m.group(2).replaceFirst("^[\\s,，、]+", "").strip();
            return new ServingEntry(null, m.group(1), name.isEmpty() ? null : name);
        }
        return new ServingEntry(t.isEmpty() ? null : t, null, null);
    }
}
