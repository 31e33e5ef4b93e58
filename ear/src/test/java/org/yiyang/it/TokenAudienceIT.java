package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.KeycloakAccounts;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * The API takes only tokens minted for it (audience {@code yiyang-portal}): a token of another client of the realm,
 * for the same user, gets 401. A provider's own system signs in as its confidential client (client credentials),
 * whose service account is bound to the provider.
 */
@YiyangIT
class TokenAudienceIT {

    static Http.Reply token(Map<String, String> form) {
        return Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().issuer()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(form))).build());
    }

    static int get(String token, String path) {
        return Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build()).status();
    }

    @Test
    void aTokenMintedForAnotherClientOfTheRealmIsRefused() {
        KeycloakAccounts.admin().publicClient("other-app");
        Http.Reply other = token(Map.of("grant_type", "password", "client_id", "other-app", "username", "bc-staff",
                "password", Tokens.PASSWORD, "scope", "openid"));
        assertEquals(200, other.status(), other::toString);
        assertEquals(401, get(other.json().getString("access_token"), "/elders"), "not minted for the API");
        assertEquals(200, get(Tokens.of("bc-staff"), "/elders"), "control: the same user through the API's client");
    }

    @Test
    void aProvidersSystemSignsInWithClientCredentialsAsItsProvider() {
        Orders.provider(Orders.BC);
        Http.Reply t = token(Map.of("grant_type", "client_credentials", "client_id", "yiyang-provider-371602-P01",
                "client_secret", "yiyang-provider-bc-dev-secret"));
        assertEquals(200, t.status(), t::toString);
        String token = t.json().getString("access_token");
        assertEquals(200, get(token, "/orders/board"), "the provider's board");
        assertEquals(403, get(token, "/elders"), "a provider does not browse the register");
        Http.Reply wrong = token(Map.of("grant_type", "client_credentials", "client_id", "yiyang-provider-371602-P01",
                "client_secret", "guessed"));
        assertEquals(401, wrong.status(), "a wrong secret gets no token");
        assertEquals(200, Api.as("bc-provider-admin").get("/orders/board").status(), "control: the provider's person");
    }
}
