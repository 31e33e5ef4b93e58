package org.yiyang.shared.application;

import java.util.Locale;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/** How every use case reads free text, reasons and enum names from its input, and names the caller's role. */
public final class Inputs {

    public static final int MAX_REASON = 200;

    private Inputs() {
    }

    /** A required reason of at most {@value #MAX_REASON} characters, stripped. */
    public static String reason(String raw) {
        String r = raw == null ? "" : raw.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw DomainException.invalid("reason", "order.reason.required", MAX_REASON);
        }
        return r;
    }

    /** Optional text of at most {@code max} characters, stripped; null when blank. */
    public static String text(String raw, int max, String field) {
        String t = blank(raw);
        if (t != null && t.strip().length() > max) {
            throw DomainException.invalid(field, "text.tooLong", max);
        }
        return t == null ? null : t.strip();
    }

    /** An optional phone number: digits, spaces, "+" and "-", 5 to 20 characters; null when blank. */
    public static String phone(String raw, String field) {
        String p = text(raw, 20, field);
        if (p != null && !p.matches("[0-9+\\- ]{5,20}")) {
            throw DomainException.invalid(field, "renovation.phone.invalid");
        }
        return p;
    }

    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** An enum constant by name (case-insensitive); null when blank; a clear 400 when unknown. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        String s = blank(raw);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "value.unknown", s);
        }
    }

    /** The role an event names: the most senior the caller holds. */
    public static String primaryRole(Caller c) {
        for (Role r : Role.values()) {
            if (c.has(r)) {
                return r.roleName();
            }
        }
        return c.isSystem() ? "system" : "none";
    }
}
