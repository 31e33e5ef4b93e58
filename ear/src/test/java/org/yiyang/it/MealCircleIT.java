package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.YiyangIT;

/**
 * The 15-minute service circle through the API, in the test-only county 沾化区: a county administrator sets where
 * villages are, the places JSON shows it, bad coordinates are refused on their field; and the circle of villages that
 * lie far from every meal site (in the open Pacific, where no test puts a site): nobody there is covered and every one
 * of them is ranked for planning by its elders. Each test adds its own villages to the second test township, so that
 * what it counts is its own.
 */
@YiyangIT
class MealCircleIT {

    static final String TOWNSHIP = "371603902000";

    static Counties.County zh() {
        return Counties.of(Counties.ZH.code());
    }

    /** A new village of the second test township of 沾化区, with a code no run used before. */
    static String newVillage(boolean urban) {
        Counties.County zh = zh();
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = TOWNSHIP.substring(0, 9) + (100 + ThreadLocalRandom.current().nextInt(900));
            Http.Reply r = Api.as(zh.admin()).post("/places/villages", Elders.json("code", code, "name",
                    "圈测村" + code.substring(9), "townshipCode", TOWNSHIP, "urban", urban));
            if (r.status() == 201) {
                return code;
            }
            assertEquals(409, r.status(), r::toString);
        }
        throw new AssertionError("no free village code in " + TOWNSHIP);
    }

    static String location(String latitude, String longitude) {
        var b = Json.createObjectBuilder();
        if (latitude != null) {
            b.add("latitude", new BigDecimal(latitude));
        }
        if (longitude != null) {
            b.add("longitude", new BigDecimal(longitude));
        }
        return b.build().toString();
    }

    static Http.Reply locate(String user, String village, String latitude, String longitude) {
        return Api.as(user).put("/places/villages/" + village + "/location", location(latitude, longitude));
    }

    static Optional<JsonObject> find(JsonArray rows, String code) {
        return rows.stream().map(JsonValue::asJsonObject).filter(v -> code.equals(v.getString("code"))).findFirst();
    }

    static List<String> codes(JsonArray rows) {
        return rows.stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void anAdministratorSetsWhereAVillageIsAndThePlacesShowIt() throws Exception {
        Counties.County zh = zh();
        String village = newVillage(true);
        Http.Reply r = locate(zh.admin(), village, "10.1234564", "150.654321");
        assertEquals(200, r.status(), r::toString);
        assertEquals(new BigDecimal("10.123456"), r.json().getJsonNumber("latitude").bigDecimalValue(),
                "six decimal places are kept");
        assertEquals(new BigDecimal("150.654321"), r.json().getJsonNumber("longitude").bigDecimalValue());

        JsonObject township = Api.as(zh.staff()).get("/places").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> TOWNSHIP.equals(t.getString("code"))).findFirst().orElseThrow();
        JsonObject located = find(township.getJsonArray("villages"), village).orElseThrow();
        assertEquals(new BigDecimal("10.123456"), located.getJsonNumber("latitude").bigDecimalValue());
        JsonObject unlocated = find(township.getJsonArray("villages"), zh.otherVillage()).orElseThrow();
        assertFalse(unlocated.containsKey("latitude"), "a village without a location has no coordinates in the JSON");
        assertTrue(located.getBoolean("urban"), "the old fields stay as they were");
        assertEquals(TOWNSHIP, located.getString("townshipCode"));

        assertEquals(new BigDecimal("10.123456"),
                Db.single("SELECT latitude FROM tenancy_village WHERE code = ? AND county_code = '371603'", village));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'VILLAGE_LOCATED' "
                + "AND subject_id = ? AND county_code = '371603'", village));
        assertEquals(200, locate(zh.admin(), village, "10.123456", "150.654321").status());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'VILLAGE_LOCATED' "
                + "AND subject_id = ? AND county_code = '371603'", village), "the same place again is no change");
    }

    @Test
    void badCoordinatesAreRefusedOnTheirFieldAndOnlyAdministratorsOfTheCountySetThem() throws Exception {
        Counties.County zh = zh();
        String village = newVillage(false);
        Http.Reply lat = locate(zh.admin(), village, "90.5", "150");
        assertEquals(400, lat.status(), lat::toString);
        assertEquals("application/problem+json", lat.header("Content-Type"));
        assertEquals("village.latitude.invalid", lat.json().getString("code"));
        assertEquals("纬度应在 -90 到 90 度之间。", lat.json().getString("detail"));
        assertEquals("latitude", lat.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply lon = Api.as(zh.admin()).inLanguage("en").put("/places/villages/" + village + "/location",
                location("10", "-180.5"));
        assertEquals("village.longitude.invalid", lon.json().getString("code"));
        assertEquals("The longitude must be between -180 and 180 degrees.", lon.json().getString("detail"));
        Http.Reply half = locate(zh.admin(), village, "10", null);
        assertEquals("village.location.required", half.json().getString("code"));
        assertEquals("longitude", half.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Reply staff = locate(zh.staff(), village, "10", "150");
        assertEquals(403, staff.status());
        assertEquals("places.adminOnly", staff.json().getString("code"));
        assertEquals(404, locate("bc-admin", village, "10", "150").status(), "another county's village is not there");
        assertEquals(404, locate(zh.admin(), "371603902000", "10", "150").status(), "a township is no village");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM tenancy_village WHERE code = ? AND latitude IS NOT NULL",
                village), "nothing was set");
    }

    @Test
    void farFromEverySiteNobodyIsCoveredAndTheVillagesAreRankedByTheirElders() throws Exception {
        Counties.County zh = zh();
        String busy = newVillage(true);
        String quiet = newVillage(false);
        assertEquals(200, locate(zh.admin(), busy, "10.500000", "160.500000").status());
        assertEquals(200, locate(zh.admin(), quiet, "10.600000", "160.600000").status());
        Elders.register(zh.admin(), "圈测高龄", Ids.elderBornIn(zh.code(), 1940), busy);
        Elders.register(zh.admin(), "圈测老人", Ids.elderBornIn(zh.code(), 1962), busy);
        Elders.register(zh.admin(), "圈测邻居", Ids.elderBornIn(zh.code(), 1963), quiet);

        Http.Reply r = Api.as(zh.staff()).get("/meals/circle");
        assertEquals(200, r.status(), r::toString);
        JsonObject circle = r.json();
        assertFalse(circle.containsKey("townshipCode"), "the county bureau sees the whole county");
        JsonObject overall = circle.getJsonObject("overall");
        assertEquals(zh.code(), overall.getString("code"));
        assertEquals(0, overall.getJsonNumber("eldersCovered").longValue(), "no site is anywhere near");
        assertEquals(0, overall.getJsonNumber("eldersShare").doubleValue());
        assertEquals(0, overall.getJsonNumber("specialHardshipShare").doubleValue());
        assertTrue(overall.getJsonNumber("elders").longValue() >= 3);

        JsonArray uncovered = circle.getJsonArray("uncovered");
        List<String> ranked = codes(uncovered);
        assertTrue(ranked.contains(busy) && ranked.contains(quiet), ranked::toString);
        assertTrue(ranked.indexOf(busy) < ranked.indexOf(quiet), "two elders rank before one");
        JsonObject b = find(uncovered, busy).orElseThrow();
        assertEquals(2, b.getJsonNumber("elders").longValue());
        assertEquals(1, b.getJsonNumber("specialHardship").longValue(), "the elder of 80+ is of special hardship");
        assertFalse(b.getBoolean("covered"));
        assertEquals(circle.getInt("urbanRadiusMeters"), b.getInt("radiusMeters"));
        assertEquals(TOWNSHIP, b.getString("townshipCode"));
        JsonObject q = find(uncovered, quiet).orElseThrow();
        assertEquals(1, q.getJsonNumber("elders").longValue());
        assertEquals(0, q.getJsonNumber("specialHardship").longValue());
        assertEquals(circle.getInt("ruralRadiusMeters"), q.getInt("radiusMeters"));
        if (q.containsKey("distanceMeters")) {
            assertTrue(q.getJsonNumber("distanceMeters").longValue() > 1_000_000, "any site is on another continent");
        }

        JsonObject township = find(circle.getJsonArray("townships"), TOWNSHIP).orElseThrow();
        assertEquals("测试二街道", township.getString("name"));
        assertEquals(0, township.getJsonNumber("eldersCovered").longValue());
        assertTrue(township.getInt("villages") >= 2);
        assertTrue(codes(circle.getJsonArray("withoutLocation")).contains(zh.otherVillage()),
                "a village without a location is reported apart");

        JsonArray villages = Api.as(zh.admin()).get("/meals/circle/villages").jsonStructure().asJsonArray();
        JsonObject mapped = find(villages, busy).orElseThrow();
        assertEquals(new BigDecimal("10.500000"), mapped.getJsonNumber("latitude").bigDecimalValue());
        assertFalse(mapped.getBoolean("covered"));
        assertFalse(codes(villages).contains(zh.otherVillage()), "the map has located villages only");
    }

    @Test
    void townshipStaffSeeTheirTownshipAndOthersNothing() {
        Counties.County zh = zh();
        String village = newVillage(true);
        assertEquals(200, locate(zh.admin(), village, "10.700000", "160.700000").status());

        JsonObject own = Api.as(zh.user("township")).get("/meals/circle").json();
        assertEquals(zh.township(), own.getString("townshipCode"));
        assertEquals(zh.township(), own.getJsonObject("overall").getString("code"));
        assertEquals(List.of(zh.township()), codes(own.getJsonArray("townships")));
        assertFalse(codes(own.getJsonArray("uncovered")).contains(village), "another township's village");
        assertTrue(codes(own.getJsonArray("withoutLocation")).stream().allMatch(c -> c.startsWith("371603901")));

        for (String user : List.of(zh.user("assistant"), zh.user("provider-staff"), "bz-city")) {
            Http.Reply r = Api.as(user).get("/meals/circle");
            assertEquals(403, r.status(), () -> user + ": " + r);
            assertEquals("application/problem+json", r.header("Content-Type"));
        }
        JsonObject binzhou = Api.as("bc-staff").get("/meals/circle").json();
        assertEquals("371602", binzhou.getJsonObject("overall").getString("code"));
        assertFalse(codes(binzhou.getJsonArray("uncovered")).contains(village), "沾化区's villages are not 滨城区's");
        assertFalse(codes(binzhou.getJsonArray("withoutLocation")).contains(village));
    }

    @Test
    void theCircleIsInTheOpenApiDocument() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/openapi"))
                .header("Accept", "application/json").GET().build());
        JsonObject paths = r.json().getJsonObject("paths");
        assertNotNull(paths.getJsonObject("/api/v1/meals/circle"), paths.keySet()::toString);
        assertTrue(paths.getJsonObject("/api/v1/places/villages/{code}/location").containsKey("put"));
    }
}
