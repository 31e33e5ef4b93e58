package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.YiyangIT;

/** The server as deployed: schema, scheduler, health, OpenAPI, cache, authentication. */
@YiyangIT
class PlatformIT {

    private static JsonObject readiness() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(
                Http.uri(TestEnvironment.current().managementUrl() + "/health/ready")).GET().build());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + name + " in " + health));
    }

    @Test
    void readinessReportsTheDatabaseAndTheScheduler() {
        JsonObject health = readiness();
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", check(health, "database").getString("status"));
        assertEquals("UP", check(health, "scheduler").getString("status"));
        assertFalse(check(health, "scheduler").getJsonObject("data").getString("instanceId").isBlank());
    }

    @Test
    void everyMigrationOnTheClasspathWasAppliedAtStartUp() throws Exception {
        Path migrations = Path.of(System.getProperty("yiyang.home", ".."), "ejb/src/main/resources/db/migration");
        long files;
        try (Stream<Path> s = Files.list(migrations)) {
            files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        assertTrue(files >= 4);
        assertEquals(files, Db.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"));
        String latest = (String) Db.single("SELECT version FROM flyway_schema_history WHERE success = 1 "
                + "ORDER BY installed_rank DESC LIMIT 1");
        assertEquals(latest, check(readiness(), "database").getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    void quartzRunsClusteredInMariaDbAndItsHeartbeatAdvances() throws Exception {
        String instance = check(readiness(), "scheduler").getJsonObject("data").getString("instanceId");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'yiyang' "
                + "AND INSTANCE_NAME = ?", instance), "this server's row in QRTZ_SCHEDULER_STATE");
        assertTrue(Db.count("SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = 'scheduler-heartbeat'") == 1);
        long before = beats(instance);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (beats(instance) <= before) {
            assertTrue(System.nanoTime() < deadline, "the heartbeat job did not fire within 60 s");
            Thread.sleep(500);
        }
    }

    @Test
    void theTestDeploymentHoldsTheCronJobsPausedSoNothingFiresIntoATestsCounts() throws Exception {
        assertEquals("PAUSED", Db.single("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'yiyang' "
                + "AND TRIGGER_NAME = 'visit-reminders'"), "the reminder sweep runs only through the probe, with a clock");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'yiyang' "
                + "AND TRIGGER_NAME <> 'scheduler-heartbeat' AND TRIGGER_STATE <> 'PAUSED'"), "every cron job is held");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = 'yiyang' "
                + "AND TRIGGER_NAME <> 'scheduler-heartbeat'"), "none is firing");
    }

    private static long beats(String instance) throws Exception {
        var rows = Db.column("SELECT beats FROM shared_scheduler_heartbeat WHERE instance_id = ?", instance);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Test
    void openApiDocumentsTheBearerSchemeTheErrorSchemaAndTheElderEndpoints() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/openapi"))
                .header("Accept", "application/json").GET().build());
        assertEquals(200, r.status(), r::toString);
        JsonObject doc = r.json();
        JsonObject bearer = doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        JsonObject elders = doc.getJsonObject("paths").getJsonObject("/api/v1/elders");
        assertTrue(elders.containsKey("get") && elders.containsKey("post"));
        assertTrue(doc.getJsonObject("paths").getJsonObject("/api/v1/elders").getJsonObject("post")
                .getJsonObject("responses").containsKey("422"));
    }

    @Test
    void countyRegistryLookupsAreServedFromTheSecondLevelCache() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(
                Http.uri(TestEnvironment.current().appUrl() + "/it-probe/cache/counties/371621")).GET().build());
        assertEquals(200, r.status(), r::toString);
        JsonObject j = r.json();
        assertTrue(j.getBoolean("statisticsEnabled"));
        assertEquals("惠民县", j.getJsonObject("first").getString("name"));
        assertEquals(1, j.getJsonObject("first").getInt("misses"), "first lookup after eviction misses");
        assertEquals(0, j.getJsonObject("first").getInt("hits"));
        assertEquals("惠民县", j.getJsonObject("second").getString("name"));
        assertEquals(1, j.getJsonObject("second").getInt("hits"), "second lookup is a cache hit");
        assertEquals(0, j.getJsonObject("second").getInt("misses"));
    }

    @Test
    void theApiWithoutATokenAnswers401AndAForgedTokenToo() {
        String url = TestEnvironment.current().appUrl() + "/api/v1/elders";
        Http.Reply none = Http.send(HttpRequest.newBuilder(Http.uri(url)).header("Accept", "application/json")
                .GET().build());
        assertEquals(401, none.status(), none::toString);
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJjb3VudHkiOiIzNzE2MDIiLCJwcmVmZXJyZWRfdXNlcm5hbWUiOiJ4In0.c2lnbmF0dXJl";
        Http.Reply bad = Http.send(HttpRequest.newBuilder(Http.uri(url)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + forged).GET().build());
        assertEquals(401, bad.status(), bad::toString);
    }

    @Test
    void theTestDatabaseIsUtf8mb4() throws IOException, Exception {
        assertEquals("utf8mb4", Db.single("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME = DATABASE()"));
    }
}
