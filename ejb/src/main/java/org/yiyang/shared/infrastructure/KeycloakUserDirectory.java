package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yiyang.shared.application.UserDirectory;
import org.yiyang.shared.domain.DomainException;

/**
 * The user directory read from Keycloak's admin REST API with the portal client's service account (realm role
 * {@code realm-management/view-users} only), through the client-credentials grant. Answers are kept a minute.
 * Configured like the OIDC subsystem: {@code yiyang.keycloak.url} / {@code KEYCLOAK_URL} and
 * {@code yiyang.oidc.secret} / {@code YIYANG_OIDC_SECRET}.
 */
@ApplicationScoped
public class KeycloakUserDirectory implements UserDirectory {

    static final String REALM = "yiyang";
    static final String CLIENT = "yiyang-portal";
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ConcurrentHashMap<String, Cached> accounts = new ConcurrentHashMap<>();
    private volatile Cached token;

    private record Cached(Object value, long until) {
    }

    static String keycloakUrl() {
        String v = System.getProperty("yiyang.keycloak.url", System.getenv("KEYCLOAK_URL"));
        return (v == null || v.isBlank() ? "http://localhost:8180" : v.strip()).replaceAll("/+$", "");
    }

    static String secret() {
        String v = System.getProperty("yiyang.oidc.secret", System.getenv("YIYANG_OIDC_SECRET"));
        return v == null || v.isBlank() ? "yiyang-portal-dev-secret" : v.strip();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Account> find(String username) {
        Cached c = accounts.get(username);
        if (c != null && c.until() > System.currentTimeMillis()) {
            return (Optional<Account>) c.value();
        }
        Optional<Account> found = lookUp(username);
        accounts.put(username, new Cached(found, System.currentTimeMillis() + KEEP.toMillis()));
        return found;
    }

    private Optional<Account> lookUp(String username) {
        String admin = keycloakUrl() + "/admin/realms/" + REALM;
        JsonArray users = get(admin + "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray();
        for (JsonValue v : users) {
            JsonObject u = v.asJsonObject();
            if (!username.equalsIgnoreCase(u.getString("username", ""))) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            for (JsonValue r : get(admin + "/users/" + u.getString("id") + "/role-mappings/realm/composite")
                    .asJsonArray()) {
                roles.add(r.asJsonObject().getString("name"));
            }
            JsonObject attributes = u.getJsonObject("attributes");
            return Optional.of(new Account(u.getString("username"), u.getBoolean("enabled", false), Set.copyOf(roles),
                    attribute(attributes, "county"), attribute(attributes, "township")));
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(JsonObject attributes, String name) {
        if (attributes == null || !attributes.containsKey(name) || attributes.getJsonArray(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attributes.getJsonArray(name).getString(0));
    }

    private JsonValue get(String url) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET().build());
        if (r.statusCode() != 200) {
            throw unavailable();
        }
        return parse(r.body());
    }

    private String token() {
        Cached t = token;
        if (t != null && t.until() > System.currentTimeMillis()) {
            return (String) t.value();
        }
        String form = "grant_type=client_credentials&client_id=" + CLIENT + "&client_secret="
                + URLEncoder.encode(secret(), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/" + REALM
                        + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 200) {
            throw unavailable();
        }
        JsonObject body = parse(r.body()).asJsonObject();
        long lifetime = Math.max(10, body.getJsonNumber("expires_in").longValue() - 30);
        token = new Cached(body.getString("access_token"), System.currentTimeMillis() + lifetime * 1000);
        return body.getString("access_token");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static JsonValue parse(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readValue();
        }
    }

    private static DomainException unavailable() {
        return new DomainException(DomainException.Kind.UNAVAILABLE, null, "directory.unavailable");
    }
}
