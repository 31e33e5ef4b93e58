package org.yiyang.it.support;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/** The numbers a JSON answer holds under a field name, anywhere in it: parsed, never searched as text. */
public final class JsonIds {

    private JsonIds() {
    }

    /** Every number under {@code field} at any depth of the answer. */
    public static Set<Long> of(Http.Reply reply, String field) {
        if (reply.status() != 200) {
            throw new AssertionError("expected 200: " + reply);
        }
        Set<Long> found = new HashSet<>();
        collect(reply.jsonStructure(), field, found);
        return found;
    }

    /** Every {@code id} at any depth of the answer. */
    public static Set<Long> of(Http.Reply reply) {
        return of(reply, "id");
    }

    private static void collect(JsonValue v, String field, Set<Long> found) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObject o = v.asJsonObject();
                o.forEach((k, child) -> {
                    if (k.equals(field) && child instanceof JsonNumber n) {
                        found.add(n.longValue());
                    }
                    collect(child, field, found);
                });
            }
            case ARRAY -> v.asJsonArray().forEach(child -> collect(child, field, found));
            default -> {
            }
        }
    }
}
