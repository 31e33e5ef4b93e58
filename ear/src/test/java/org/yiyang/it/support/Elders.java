package org.yiyang.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Registering test elders through the API. */
public final class Elders {

    private Elders() {
    }

    /** A JSON body with the given attributes (pairs of field and value; null values are left out). */
    public static String json(Object... fieldsAndValues) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object v = fieldsAndValues[i + 1];
            String k = (String) fieldsAndValues[i];
            if (v instanceof Integer n) {
                b.add(k, n);
            } else if (v instanceof Long n) {
                b.add(k, n);
            } else if (v instanceof Boolean t) {
                b.add(k, t);
            } else if (v != null) {
                b.add(k, v.toString());
            }
        }
        return b.build().toString();
    }

    /** Registers an elder and returns its id (fails the test if the API refuses). */
    public static long register(String user, String name, String idNumber, String village, Object... more) {
        Object[] all = new Object[6 + more.length];
        all[0] = "name";
        all[1] = name;
        all[2] = "idNumber";
        all[3] = idNumber;
        all[4] = "villageCode";
        all[5] = village;
        System.arraycopy(more, 0, all, 6, more.length);
        Http.Reply r = Api.as(user).post("/elders", json(all));
        if (r.status() != 201) {
            throw new AssertionError("registration refused: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }
}
