package org.yiyang.infra;

/** Configuration from system properties first, then environment variables, then a default. */
public final class Env {

    private Env() {
    }

    /**
     * @param property a system property name (e.g. {@code yiyang.keycloak.port})
     * @param variable an environment variable name (e.g. {@code KEYCLOAK_PORT})
     */
    public static String get(String property, String variable, String defaultValue) {
        String v = property == null ? null : System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = variable == null ? null : System.getenv(variable);
        }
        return v == null || v.isBlank() ? defaultValue : v;
    }

    public static int getInt(String property, String variable, int defaultValue) {
        String v = get(property, variable, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException((property != null ? property : variable) + " is not a number: " + v, e);
        }
    }
}
