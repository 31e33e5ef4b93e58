package org.yiyang.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * Creates test accounts in the test run's own Keycloak through its admin REST API, as an administrator
 * would: the user with its attributes (which the realm's user profile declares, so they become claims),
 * its password and its realm role. Only for the fresh Keycloak of a test run.
 */
public final class KeycloakAccounts {

    private final String baseUrl;
    private final String adminToken;

    private KeycloakAccounts(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    /** An administrator of the test run's Keycloak. */
    public static KeycloakAccounts admin() {
        return login(TestEnvironment.current().keycloakUrl(),
                org.yiyang.infra.Env.get(null, "KEYCLOAK_ADMIN_PASSWORD", "admin"));
    }

    /** Creates a public client with password grants and no mappers of the API (unless it exists). */
    public void publicClient(String clientId) {
        Http.Reply existing = Http.send(admin("/clients?clientId=" + clientId).GET().build());
        if (existing.status() == 200 && !existing.jsonStructure().asJsonArray().isEmpty()) {
            return;
        }
        JsonObject client = Json.createObjectBuilder().add("clientId", clientId).add("enabled", true)
                .add("publicClient", true).add("directAccessGrantsEnabled", true).add("standardFlowEnabled", false)
                .build();
        Http.Reply created = Http.send(admin("/clients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString())).build());
        if (created.status() != 201) {
            throw new IllegalStateException("Keycloak refused the test client " + clientId + ": " + created);
        }
    }

    static KeycloakAccounts login(String baseUrl, String adminPassword) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", "admin", "password", adminPassword))))
                .build());
        if (r.status() != 200) {
            throw new IllegalStateException("no Keycloak admin token: " + r);
        }
        return new KeycloakAccounts(baseUrl, r.json().getString("access_token"));
    }

    /** Creates the account (password {@link Tokens#PASSWORD}) with its realm role. */
    void create(Counties.Account account) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        account.attributes().forEach((k, v) -> attributes.add(k, Json.createArrayBuilder().add(v)));
        JsonObject user = Json.createObjectBuilder()
                .add("username", account.username())
                .add("enabled", true)
                .add("emailVerified", true)
                .add("firstName", "测试")
                .add("lastName", account.username())
                .add("email", account.username() + "@test.yiyang.local")
                .add("attributes", attributes)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", Tokens.PASSWORD).add("temporary", false)))
                .build();
        Http.Reply created = Http.send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        if (created.status() != 201) {
            throw new IllegalStateException("Keycloak refused the test account " + account.username() + ": " + created);
        }
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Http.Reply role = Http.send(admin("/roles/" + account.role()).GET().build());
        if (role.status() != 200) {
            throw new IllegalStateException("no realm role " + account.role() + ": " + role);
        }
        JsonArrayBuilder roles = Json.createArrayBuilder().add(role.json());
        Http.Reply mapped = Http.send(admin("/users/" + id + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(roles.build().toString())).build());
        if (mapped.status() != 204) {
            throw new IllegalStateException("role " + account.role() + " not given to " + account.username() + ": "
                    + mapped);
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(Http.uri(baseUrl + "/admin/realms/" + org.yiyang.infra.KeycloakServer.REALM + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken)
                .header("Accept", "application/json");
    }
}
