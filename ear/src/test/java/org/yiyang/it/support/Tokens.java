package org.yiyang.it.support;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the real Keycloak for the demo users (password grant of the public client
 * {@code yiyang-cli}); cached for a minute, well within their five-minute lifetime.
 */
public final class Tokens {

    public static final String PASSWORD = "yiyang2026";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private record Cached(String token, long until) {
    }

    private Tokens() {
    }

    /**
     * A token for the user; concurrent callers for one user wait for one token request (many simultaneous password
     * grants for one account look like an attack to Keycloak's brute-force detection).
     */
    public static String of(String username) {
        Cached c = CACHE.get(username);
        if (c != null && c.until() > System.currentTimeMillis()) {
            return c.token();
        }
        synchronized (LOCKS.computeIfAbsent(username, u -> new Object())) {
            Cached again = CACHE.get(username);
            if (again != null && again.until() > System.currentTimeMillis()) {
                return again.token();
            }
            return fetch(username);
        }
    }

    private static String fetch(String username) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().issuer()
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(Map.of("grant_type", "password",
                        "client_id", "yiyang-cli", "username", username, "password", PASSWORD, "scope", "openid"))))
                .build());
        if (r.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + r);
        }
        String token = r.json().getString("access_token");
        CACHE.put(username, new Cached(token, System.currentTimeMillis() + 60_000));
        return token;
    }
}
