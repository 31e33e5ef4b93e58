package org.yiyang.providers.application;

import java.util.regex.Pattern;
import org.yiyang.shared.domain.DomainException;

/** Input rules of providers and their staff. */
final class ProviderRules {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private ProviderRules() {
    }

    /** An optional mobile or landline number, without spaces; null when blank. */
    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String p = raw.strip().replace(" ", "");
        if (!PHONE.matcher(p).matches()) {
            throw DomainException.invalid("phone", "elder.phone.invalid", raw.strip());
        }
        return p;
    }

    /** Text of at most {@code max} characters, stripped; null when blank and not required. */
    static String text(String raw, int max, String field, boolean required) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            if (required) {
                throw DomainException.invalid(field, "field.required");
            }
            return null;
        }
        if (t.length() > max) {
            throw DomainException.invalid(field, "text.tooLong", max);
        }
        return t;
    }
}
