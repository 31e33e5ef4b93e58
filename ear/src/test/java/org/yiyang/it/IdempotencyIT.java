package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.YiyangIT;

/**
 * Idempotency keys: bound to their caller, fingerprinted with the data key (the stored fingerprint of a body holding
 * an ID number is no plain hash of it), owned by the request that claimed them, and purged after 72 hours.
 */
@YiyangIT
class IdempotencyIT {

    static JsonObject probe(String path) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/it-probe/idempotency"
                + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    @Test
    void anotherUserOfTheCountyWithTheSameKeyAndBodyIsRefusedAndSeesNothingOfTheFirstAnswer() {
        long elder = Orders.elder(Orders.BC, "幂等绑定", false);
        String key = "bound-" + System.nanoTime();
        String body = Orders.body(elder, "CLEANING", "SELF");
        Http.Reply first = Api.as("bc-staff").post("/orders", body, key);
        assertEquals(201, first.status(), first::toString);
        Http.Reply replay = Api.as("bc-staff").post("/orders", body, key);
        assertEquals("true", replay.header("Idempotent-Replayed"), "the same caller gets the replay");
        Http.Reply other = Api.as("bc-township").post("/orders", body, key);
        assertEquals(422, other.status(), other::toString);
        assertEquals("idempotency.keyReused", other.json().getString("code"));
        assertFalse(other.body().contains("幂等绑定"), "nothing of the stored answer");
    }

    @Test
    void theStoredFingerprintOfABodyWithAnIdNumberIsKeyedNotAPlainHash() throws Exception {
        String idNumber = Ids.elder(Orders.BC);
        String key = "keyed-" + System.nanoTime();
        String json = "{\"name\":\"幂等指纹\",\"idNumber\":\"" + idNumber + "\",\"villageCode\":\"" + Orders.BC_VILLAGE + "\"}";
        Http.Reply created = Api.as("bc-admin").post("/elders", json, key);
        assertEquals(201, created.status(), created::toString);
        byte[] stored = (byte[]) Db.single("SELECT request_hash FROM shared_idempotency_key WHERE idem_key = ?", key);
        assertEquals(32, stored.length);
        for (String guess : new String[] {json, idNumber, "elders.register\n" + json}) {
            byte[] plain = MessageDigest.getInstance("SHA-256").digest(guess.getBytes(StandardCharsets.UTF_8));
            assertFalse(MessageDigest.isEqual(plain, stored), "a plain SHA-256 would let anyone test guessed numbers");
        }
        String body = (String) Db.single("SELECT response_body FROM shared_idempotency_key WHERE idem_key = ?", key);
        assertFalse(body.contains(idNumber), "the recorded answer holds the masked number only");
    }

    @Test
    void keysArePurgedSeventyTwoHoursAfterTheyWereMade() throws Exception {
        long elder = Orders.elder(Orders.BC, "幂等保留", false);
        String old = "old-" + System.nanoTime();
        String recent = "recent-" + System.nanoTime();
        assertEquals(201, Api.as("bc-staff").post("/orders", Orders.body(elder, "CLEANING", "SELF"), old).status());
        assertEquals(201, Api.as("bc-staff").post("/orders", Orders.body(elder, "BATH_AID", "SELF"), recent).status());
        var now = ServerClock.instant();
        Db.update("UPDATE shared_idempotency_key SET created_at = ? WHERE idem_key = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofHours(73))), old);
        Db.update("UPDATE shared_idempotency_key SET created_at = ? WHERE idem_key = ?",
                java.sql.Timestamp.from(now.minus(Duration.ofHours(71))), recent);
        probe("/purge?county=371621&at=" + now);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_idempotency_key WHERE idem_key = ?", old),
                "惠民县's purge does not touch 滨城区's keys");
        assertTrue(probe("/purge?county=371602&at=" + now).getInt("purged") >= 1);
        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_idempotency_key WHERE idem_key = ?", old), "73 h old: gone");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_idempotency_key WHERE idem_key = ?", recent), "71 h: kept");
    }

    @Test
    void aSlowRequestWhoseClaimWasTakenOverCannotRecordItsAnswer() throws Exception {
        String key = "slow-" + System.nanoTime();
        JsonObject first = probe("/claim?county=371602&key=" + key);
        assertEquals("Claimed", first.getString("claim"));
        assertEquals("InProgress", probe("/claim?county=371602&key=" + key).getString("claim"), "still running");
        // five minutes and more: the first request looks abandoned, and a retry takes the key over
        Db.update("UPDATE shared_idempotency_key SET created_at = created_at - INTERVAL 301 SECOND WHERE idem_key = ?", key);
        JsonObject second = probe("/claim?county=371602&key=" + key);
        assertEquals("Claimed", second.getString("claim"));
        JsonObject late = probe("/execute?county=371602&key=" + key + "&token=" + first.getString("token") + "&body=first");
        assertFalse(late.getBoolean("recorded"), "the first request's command rolls back: " + late);
        JsonObject owner = probe("/execute?county=371602&key=" + key + "&token=" + second.getString("token") + "&body=second");
        assertTrue(owner.getBoolean("recorded"));
        assertEquals("second", Db.single("SELECT response_body FROM shared_idempotency_key WHERE idem_key = ?", key));
    }
}
