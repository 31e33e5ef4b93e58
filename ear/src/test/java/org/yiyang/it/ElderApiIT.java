package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.YiyangIT;

/** {@code /api/v1/elders}: registration, validation, protection of the ID number, idempotency. */
@YiyangIT
class ElderApiIT {

    static final String BINCHENG = "371602";
    static final String XINYUAN = "371602001001";
    static final String HUIMIN = "371621";
    static final String HAOMEIJU = "371621001025";

    static String body(String name, String idNumber, String village) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"villageCode\":\"" + village + "\"}";
    }

    @Test
    void registersAnElderAndReadsItBackInChinese() {
        String id = Ids.elder(BINCHENG);
        Http.Reply created = Api.as("bc-admin").post("/elders", body("滨城区测试·张秀英", id, XINYUAN));
        assertEquals(201, created.status(), created::toString);
        JsonObject e = created.json();
        assertEquals("滨城区测试·张秀英", e.getString("name"));
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), e.getString("idNumberMasked"));
        assertEquals("市中街道", e.getString("townshipName"));
        assertEquals("新苑社区", e.getString("villageName"));
        assertFalse(created.body().contains(id), "the full ID number never leaves the server");
        assertTrue(created.header("Location").endsWith("/api/v1/elders/" + e.getJsonNumber("id").longValue()));

        Http.Reply read = Api.as("bc-staff").get("/elders/" + e.getJsonNumber("id").longValue());
        assertEquals(200, read.status(), read::toString);
        assertEquals("滨城区测试·张秀英", read.json().getString("name"));
    }

    @Test
    void storesTheIdNumberEncryptedWithAKeyedHashAndMasked() throws Exception {
        String id = Ids.elder(BINCHENG);
        Http.Reply created = Api.as("bc-admin").post("/elders", body("加密测试", id, XINYUAN));
        assertEquals(201, created.status(), created::toString);
        long elder = created.json().getJsonNumber("id").longValue();
        byte[] cipher = (byte[]) Db.single("SELECT id_number_cipher FROM elders_elder WHERE id = ?", elder);
        byte[] hash = (byte[]) Db.single("SELECT id_number_hash FROM elders_elder WHERE id = ?", elder);
        String stored = new String(cipher, StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(id) || stored.contains(id.substring(6, 14)), "cipher text must not hold the number");
        assertTrue(cipher.length >= 1 + 12 + 18 + 16, "version, IV, cipher text and tag");
        assertEquals(32, hash.length);
        assertEquals(id.substring(0, 6) + "********" + id.substring(14),
                Db.single("SELECT id_number_masked FROM elders_elder WHERE id = ?", elder));
    }

    @Test
    void rejectsAWrongCheckDigitWithAProblemInChineseAndInEnglish() throws Exception {
        String good = Ids.elder(BINCHENG);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        long before = Db.count("SELECT COUNT(*) FROM elders_elder");
        Http.Reply zh = Api.as("bc-admin").post("/elders", body("校验位", bad, XINYUAN));
        assertEquals(400, zh.status());
        assertEquals("application/problem+json", zh.header("Content-Type"));
        assertEquals("idNumber.checkDigit", zh.json().getString("code"));
        assertEquals("身份证号校验位不正确，请核对号码。", zh.json().getString("detail"));
        assertEquals("idNumber", zh.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply en = Api.as("bc-admin").inLanguage("en").post("/elders", body("check", bad, XINYUAN));
        assertEquals("The check digit of the ID number is wrong; please check the number.", en.json().getString("detail"));
        assertEquals(before, Db.count("SELECT COUNT(*) FROM elders_elder"), "nothing was written");
    }

    @Test
    void rejectsImpossibleBirthDatesWrongLengthsAndUnknownRegions() {
        String f17 = BINCHENG + "19500230" + "123";
        assertEquals("idNumber.birthDate", problemCode(f17 + Ids.check(f17)));
        assertEquals("idNumber.length", problemCode("37160219500315"));
        String region = "991602" + "19500315" + "123";
        assertEquals("idNumber.region", problemCode(region + Ids.check(region)));
    }

    private static String problemCode(String idNumber) {
        Http.Reply r = Api.as("bc-admin").post("/elders", body("无效", idNumber, XINYUAN));
        assertEquals(400, r.status(), r::toString);
        return r.json().getString("code");
    }

    @Test
    void rejectsResidentsUnderSixty() {
        String f17 = BINCHENG + "19900101" + "123";
        Http.Reply r = Api.as("bc-admin").post("/elders", body("年轻人", f17 + Ids.check(f17), XINYUAN));
        assertEquals(400, r.status());
        assertEquals("elder.tooYoung", r.json().getString("code"));
    }

    @Test
    void rejectsAVillageOfAnotherCounty() {
        Http.Reply r = Api.as("hm-admin").post("/elders", body("跨县", Ids.elder(HUIMIN), XINYUAN));
        assertEquals(400, r.status(), r::toString);
        assertEquals("village.unknown", r.json().getString("code"));
    }

    @Test
    void refusesTheSameIdNumberTwiceInACountyAndPointsToTheRecord() {
        String id = Ids.elder(BINCHENG);
        long first = Api.as("bc-admin").post("/elders", body("重复甲", id, XINYUAN)).json().getJsonNumber("id").longValue();
        Http.Reply again = Api.as("bc-staff").post("/elders", body("重复乙", id, XINYUAN));
        assertEquals(409, again.status());
        assertEquals("elder.duplicate", again.json().getString("code"));
        assertTrue(again.json().getString("detail").contains(Long.toString(first)));
    }

    @Test
    void malformedJsonGetsAProblemNotAServerError() {
        Http.Reply r = Api.as("bc-admin").post("/elders", "{\"name\": \"x\",");
        assertEquals(400, r.status(), r::toString);
        assertEquals("request.invalidJson", r.json().getString("code"));
    }

    @Test
    void aReplayOfAnIdempotencyKeyReturnsTheFirstResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = body("幂等甲", Ids.elder(BINCHENG), XINYUAN);
        Http.Reply first = Api.as("bc-admin").post("/elders", json, key);
        Http.Reply replay = Api.as("bc-admin").post("/elders", json, key);
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, replay.status(), replay::toString);
        assertEquals(first.json(), replay.json());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name = '幂等甲'"));
    }

    @Test
    void theSameKeyWithAnotherBodyGets422AndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(201, Api.as("bc-admin").post("/elders", body("幂等乙", Ids.elder(BINCHENG), XINYUAN), key).status());
        Http.Reply other = Api.as("bc-admin").post("/elders", body("幂等丙", Ids.elder(BINCHENG), XINYUAN), key);
        assertEquals(422, other.status(), other::toString);
        assertEquals("idempotency.keyReused", other.json().getString("code"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name = '幂等丙'"));
    }

    @Test
    void concurrentReplaysOfOneKeyCreateOneElder() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = body("并发幂等", Ids.elder(BINCHENG), XINYUAN);
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Api.as("bc-admin").get("/elders?max=1");
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<Http.Reply> call = () -> {
                    start.await();
                    return Api.as("bc-admin").post("/elders", json, key);
                };
                replies.add(pool.submit(call));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r::toString);
                ids.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), "every replay answers with the same elder");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name = '并发幂等'"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_idempotency_key WHERE idem_key = ?", key));
    }

    @Test
    void idempotencyKeysAreKeptPerCounty() throws Exception {
        String key = UUID.randomUUID().toString();
        Http.Reply bc = Api.as("bc-admin").post("/elders", body("县键甲", Ids.elder(BINCHENG), XINYUAN), key);
        Http.Reply hm = Api.as("hm-admin").post("/elders", body("县键乙", Ids.elder(HUIMIN), HAOMEIJU), key);
        assertEquals(201, bc.status());
        assertEquals(201, hm.status(), "another county's key does not collide, nor reveal the first request");
        assertNotEquals(bc.json().getJsonNumber("id"), hm.json().getJsonNumber("id"));
        assertEquals(List.of("371602", "371621"),
                Db.column("SELECT county_code FROM shared_idempotency_key WHERE idem_key = ? ORDER BY county_code", key));
    }

    @Test
    void aCityOfficialCannotListIndividualElders() {
        Http.Reply r = Api.as("bz-city").get("/elders");
        assertEquals(403, r.status(), r::toString);
        assertEquals("access.forbidden", r.json().getString("code"));
    }

    @Test
    void listsArePagedAndShowMaskedNumbersOnly() {
        String id = Ids.elder(HUIMIN);
        Api.as("hm-admin").post("/elders", body("分页测试", id, HAOMEIJU));
        Http.Reply r = Api.as("hm-admin").get("/elders?first=0&max=2");
        assertEquals(200, r.status());
        assertTrue(r.json().getJsonArray("elders").size() <= 2);
        assertTrue(r.json().getJsonNumber("total").longValue() >= 1);
        assertFalse(Api.as("hm-admin").get("/elders?max=200").body().contains(id));
        assertArrayEquals(new int[] {0, 2}, new int[] {r.json().getInt("first"), r.json().getInt("max")});
    }
}
