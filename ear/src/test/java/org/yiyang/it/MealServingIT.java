package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Meals recorded at the operators' terminals: the split comes from the subsidy table in force (the serving records
 * its version), one subsidised meal per elder and meal in the whole county also when two sites record the same elder
 * at the same moment, a second meal at full price, reversals that give the subsidised meal back, terminals retrying
 * with their key, and the ways an elder is identified. 滨城区 keeps the national default (8.00 = 3.00 + 5.00); the
 * test that publishes a table does it in 沾化区.
 */
@YiyangIT
class MealServingIT {

    static final String BC = Orders.BC;
    static final String STAFF = "bc-provider-staff";
    static final String ADMIN = "bc-provider-admin";
    static final int ROUNDS = 10;

    static String key() {
        return "meal-" + System.nanoTime();
    }

    static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    static void assertSplit(JsonObject serving, String elder, String county, String city, String charity) {
        assertEquals(new BigDecimal(elder), amount(serving, "elderPart"), serving::toString);
        assertEquals(new BigDecimal(county), amount(serving, "countySubsidy"), serving::toString);
        assertEquals(new BigDecimal(city), amount(serving, "cityPart"), serving::toString);
        assertEquals(new BigDecimal(charity), amount(serving, "charityPart"), serving::toString);
    }

    static JsonObject served(Http.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static long claims(long elder) throws Exception {
        return Db.count("SELECT COUNT(*) FROM meals_subsidy_claim WHERE county_code = ? AND elder_id = ?", BC, elder);
    }

    static long servings(long elder) throws Exception {
        return Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ?", elder);
    }

    static void assertAlreadySubsidised(Http.Reply r) {
        assertEquals(409, r.status(), r::toString);
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertEquals("meals.serving.alreadySubsidised", r.json().getString("code"));
        assertTrue(r.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"), r::toString);
    }

    @Test
    void theSplitFollowsTheTableInForceAndTheServingRecordsItsVersion() throws Exception {
        Counties.County zh = Counties.of(Counties.ZH.code());
        int year = ServerClock.today().getYear();
        String table = Json.createObjectBuilder().add("effectiveFrom", ServerClock.today().toString())
                .add("reason", "沾化区助餐补贴试行").add("price", new BigDecimal("10.00"))
                .add("rows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("ageBand", "FROM_70_TO_79").add("economicStatus", "NONE")
                                .add("elderPart", new BigDecimal("4.00")).add("countySubsidy", new BigDecimal("4.00"))
                                .add("cityPart", new BigDecimal("2.00")))
                        .add(Json.createObjectBuilder().add("ageBand", "FROM_70_TO_79")
                                .add("economicStatus", "SUBSISTENCE").add("elderPart", new BigDecimal("1.00"))
                                .add("countySubsidy", new BigDecimal("5.00")).add("cityPart", new BigDecimal("2.00"))
                                .add("charityPart", new BigDecimal("2.00"))))
                .build().toString();
        Http.Reply published = Api.as(zh.admin()).post("/meals/subsidy-table", table, key());
        assertEquals(201, published.status(), published::toString);
        int version = published.json().getInt("version");
        assertTrue(version >= 1);
        assertEquals(version, Api.as(zh.staff()).get("/meals/subsidy-table").json().getInt("version"),
                "in force from today");

        long site = Meals.openSite(zh.code(), "沾化测试孝善食堂");
        long plain = Meals.elder(zh.code(), "沾化七旬甲", year - 75);
        long poor = Meals.elder(zh.code(), "沾化七旬乙", year - 75, "economicStatus", "SUBSISTENCE");
        long old = Meals.elder(zh.code(), "沾化九旬丙", year - 92);
        List<JsonObject> meals = new ArrayList<>();
        for (long elder : new long[] {plain, poor, old}) {
            long registration = Meals.register(zh.code(), elder, site).getJsonNumber("id").longValue();
            String token = Meals.card(zh.code(), registration);
            meals.add(served(Meals.serve("zh-provider-staff", site, token, "LUNCH", key())));
        }

        JsonObject a = meals.get(0);
        assertEquals(version, a.getInt("tableVersion"));
        assertTrue(a.getBoolean("subsidised"));
        assertEquals(new BigDecimal("10.00"), amount(a, "price"));
        assertSplit(a, "4.00", "4.00", "2.00", "0.00");
        JsonObject b = meals.get(1);
        assertEquals(version, b.getInt("tableVersion"));
        assertSplit(b, "1.00", "5.00", "2.00", "2.00");
        JsonObject c = meals.get(2);
        assertEquals(version, c.getInt("tableVersion"));
        assertFalse(c.getBoolean("subsidised"), "90 and over have no row in this table: the whole price");
        assertSplit(c, "10.00", "0.00", "0.00", "0.00");

        assertEquals(version, ((Number) Db.single("SELECT table_version FROM meals_serving WHERE id = ?",
                a.getJsonNumber("id").longValue())).intValue(), "the serving records the version");
        assertEquals(new BigDecimal("2.00"), ((BigDecimal) Db.single("SELECT city_part FROM meals_serving "
                + "WHERE id = ?", b.getJsonNumber("id").longValue())).setScale(2));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_subsidy_claim WHERE county_code = ? AND elder_id = ?",
                zh.code(), poor));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_subsidy_claim WHERE county_code = ? AND elder_id = ?",
                zh.code(), old), "an unsubsidised meal takes no claim");
    }

    @Test
    void aCountyWithoutATableHasTheNationalDefault() {
        long site = Meals.openSite(BC, "国标价助餐点");
        JsonObject meal = served(Meals.serve(STAFF, site, Meals.diner(BC, "国标价老人", site), "LUNCH", null));
        assertEquals(0, meal.getInt("tableVersion"));
        assertEquals(new BigDecimal("8.00"), amount(meal, "price"));
        assertSplit(meal, "3.00", "5.00", "0.00", "0.00");
        JsonObject table = Api.as("bc-staff").get("/meals/subsidy-table").json();
        assertTrue(table.getBoolean("nationalDefault"));
        assertEquals(16, table.getJsonArray("rows").size(), "every band and status");
    }

    @Test
    void oneSubsidisedMealPerPeriodWhenTwoSitesRecordTheSameElderAtOnce() throws Exception {
        long east = Meals.openSite(BC, "并发东区食堂");
        long west = Meals.openSite(BC, "并发西区食堂");
        Api.as(STAFF).get("/meals/sites/" + east);   // tokens before the race
        Api.as(ADMIN).get("/meals/sites/" + west);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String token = Meals.diner(BC, "并发助餐" + round + "号", east);
                CountDownLatch start = new CountDownLatch(1);
                Future<Http.Reply> atEast = pool.submit(() -> {
                    start.await();
                    return Meals.serve(STAFF, east, token, "LUNCH", key());
                });
                Future<Http.Reply> atWest = pool.submit(() -> {
                    start.await();
                    return Meals.serve(ADMIN, west, token, "LUNCH", key());
                });
                start.countDown();
                List<Http.Reply> replies = List.of(atEast.get(), atWest.get());
                int r = round;
                List<Http.Reply> won = replies.stream().filter(x -> x.status() == 201).toList();
                assertEquals(1, won.size(), () -> "round " + r + ": exactly one meal is recorded " + replies);
                assertTrue(won.get(0).json().getBoolean("subsidised"));
                Http.Reply lost = replies.stream().filter(x -> x.status() != 201).findFirst().orElseThrow();
                assertAlreadySubsidised(lost);
                long elder = Meals.elderOf(won.get(0));
                assertEquals(1, claims(elder), "round " + r);
                assertEquals(1, servings(elder), "round " + r + ": the refused meal left nothing");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondSubsidisedMealIsRefusedClearlyAndMayBeServedAtFullPrice() throws Exception {
        long site = Meals.openSite(BC, "原价重试食堂");
        long other = Meals.openSite(BC, "原价重试助餐点");
        String token = Meals.diner(BC, "原价重试老人", site);
        JsonObject first = served(Meals.serve(STAFF, site, token, "LUNCH", key()));
        long elder = first.getJsonNumber("elderId").longValue();

        String k = key();
        Http.Reply again = Meals.serve(ADMIN, other, token, "LUNCH", k);
        assertAlreadySubsidised(again);
        assertTrue(again.json().getString("detail").contains("8.00"), "names the full price: " + again);

        JsonObject full = served(Api.as(ADMIN).post("/meals/servings", Meals.byCard(other, token, "LUNCH", true), k));
        assertFalse(full.getBoolean("subsidised"));
        assertTrue(full.getBoolean("fullPrice"));
        assertEquals(0, full.getInt("tableVersion"));
        assertSplit(full, "8.00", "0.00", "0.00", "0.00");
        assertEquals(1, claims(elder), "a meal at full price takes no claim");

        JsonObject dinner = served(Meals.serve(STAFF, site, token, "DINNER", key()));
        assertTrue(dinner.getBoolean("subsidised"), "another meal of the day has its own subsidy");
        assertEquals(2, claims(elder));
        assertEquals(3, servings(elder));
    }

    @Test
    void aReversalGivesTheSubsidisedMealBackOnceAndIsNeverReversedItself() throws Exception {
        long site = Meals.openSite(BC, "冲正测试食堂");
        String token = Meals.diner(BC, "冲正测试老人", site);
        JsonObject meal = served(Meals.serve(STAFF, site, token, "LUNCH", key()));
        long id = meal.getJsonNumber("id").longValue();
        long elder = meal.getJsonNumber("elderId").longValue();
        assertAlreadySubsidised(Meals.serve(STAFF, site, token, "LUNCH", key()));

        Http.Reply noReason = Api.as(STAFF).post("/meals/servings/" + id + "/reverse", "{}");
        assertEquals(400, noReason.status(), noReason::toString);
        JsonObject reversal = served(Api.as(STAFF).post("/meals/servings/" + id + "/reverse",
                Elders.json("reason", "刷错卡"), key()));
        long reversalId = reversal.getJsonNumber("id").longValue();
        assertEquals(id, reversal.getJsonNumber("reversesId").longValue());
        assertEquals(new BigDecimal("-8.00"), amount(reversal, "price"));
        assertSplit(reversal, "-3.00", "-5.00", "0.00", "0.00");
        assertEquals("刷错卡", reversal.getString("reason"));
        assertEquals(0, claims(elder), "the claim is given back");
        assertTrue(Api.as(STAFF).get("/meals/servings/" + id).json().getBoolean("reversed"));

        JsonObject again = served(Meals.serve(STAFF, site, token, "LUNCH", key()));
        assertTrue(again.getBoolean("subsidised"), "the elder can be served again, subsidised");
        assertEquals(1, claims(elder));

        Http.Reply twice = Api.as("bc-admin").post("/meals/servings/" + id + "/reverse", Elders.json("reason", "再冲"));
        assertEquals(409, twice.status(), twice::toString);
        assertEquals("meals.serving.reversedAlready", twice.json().getString("code"));
        Http.Reply ofReversal = Api.as(STAFF).post("/meals/servings/" + reversalId + "/reverse",
                Elders.json("reason", "冲正的冲正"));
        assertEquals(409, ofReversal.status(), ofReversal::toString);
        assertEquals("meals.serving.isReversal", ofReversal.json().getString("code"));
        Http.Reply township = Api.as("bc-township").post("/meals/servings/" + again.getJsonNumber("id").longValue()
                + "/reverse", Elders.json("reason", "越权"));
        assertEquals(403, township.status(), township::toString);

        assertEquals(3, servings(elder), "two meals and one reversal; nothing edited or deleted");
        assertEquals(new BigDecimal("5.00"), ((BigDecimal) Db.single("SELECT SUM(county_part) FROM meals_serving "
                + "WHERE elder_id = ?", elder)).setScale(2));
        JsonObject day = Api.as(STAFF).get("/meals/servings?site=" + site).json();
        JsonObject lunch = day.getJsonArray("counts").stream().map(JsonValue::asJsonObject)
                .filter(c -> "LUNCH".equals(c.getString("period"))).findFirst().orElseThrow();
        assertEquals(1, lunch.getInt("served"), "the standing meals: the reversed one and its reversal do not count");
        assertEquals(1, lunch.getInt("subsidised"));
        assertEquals(3, day.getJsonArray("servings").size());
    }

    @Test
    void aTerminalRetryingWithItsKeyRecordsOneMeal() throws Exception {
        long site = Meals.openSite(BC, "重试终端食堂");
        String token = Meals.diner(BC, "重试终端老人", site);
        String k = key();
        Http.Reply first = Meals.serve(STAFF, site, token, "BREAKFAST", k);
        assertEquals(201, first.status(), first::toString);
        assertNull(first.header("Idempotent-Replayed"));
        Http.Reply retry = Meals.serve(STAFF, site, token, "BREAKFAST", k);
        assertEquals(201, retry.status(), "the retry gets the first answer, not a refusal: " + retry);
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.body(), retry.body());
        long elder = Meals.elderOf(first);
        assertEquals(1, servings(elder));

        String dinnerKey = key();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return Meals.serve(STAFF, site, token, "DINNER", dinnerKey);
                }));
            }
            start.countDown();
            Http.Reply a = sent.get(0).get();
            Http.Reply b = sent.get(1).get();
            assertEquals(201, a.status(), a::toString);
            assertEquals(201, b.status(), b::toString);
            assertEquals(a.json().getJsonNumber("id"), b.json().getJsonNumber("id"), "one meal for both sends");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, servings(elder));
    }

    @Test
    void anElderWithoutTheirCardIsFoundByTheLastFourIdCharactersAndName() throws Exception {
        long site = Meals.openSite(BC, "后四位食堂");
        String idNumber = Ids.elderBornIn(BC, ServerClock.today().getYear() - 72);
        Counties.County bc = Counties.of(BC);
        long elder = Elders.register(bc.admin(), "后四位老人", idNumber, bc.village());
        Meals.register(BC, elder, site);
        String last4 = idNumber.substring(14);
        JsonObject meal = served(Api.as(STAFF).post("/meals/servings", Elders.json("siteId", site, "period", "LUNCH",
                "idLast4", last4.toLowerCase(), "name", "后四位老人"), key()));
        assertEquals(elder, meal.getJsonNumber("elderId").longValue());
        assertEquals("ID_DIGITS", meal.getString("identifiedBy"));
        assertEquals("SOFT", meal.getString("diet"));
        assertFalse(meal.toString().contains(idNumber), "never the whole number");

        Http.Reply wrongName = Api.as(STAFF).post("/meals/servings", Elders.json("siteId", site, "period", "DINNER",
                "idLast4", last4, "name", "后四位别人"));
        assertEquals(400, wrongName.status(), wrongName::toString);
        assertEquals("meals.serving.elder.unknown", wrongName.json().getString("code"));

        String otherNumber = Ids.elderBornIn(BC, ServerClock.today().getYear() - 72);
        Elders.register(bc.admin(), "未登记助餐老人", otherNumber, bc.village());
        Http.Reply unregistered = Api.as(STAFF).post("/meals/servings", Elders.json("siteId", site, "period", "LUNCH",
                "idLast4", otherNumber.substring(14), "name", "未登记助餐老人"));
        assertEquals(400, unregistered.status(), unregistered::toString);
        assertEquals("meals.serving.notRegistered", unregistered.json().getString("code"));
    }

    @Test
    void aNewCardRefusesTheOldOneAndAnEndedRegistrationRefusesEveryCard() throws Exception {
        long site = Meals.openSite(BC, "换卡测试食堂");
        long elder = Meals.elder(BC, "换卡测试老人", ServerClock.today().getYear() - 70);
        long registration = Meals.register(BC, elder, site).getJsonNumber("id").longValue();
        String old = Meals.card(BC, registration);
        Http.Reply reissued = Api.as("bc-staff").post("/meals/registrations/" + registration + "/card", "{}");
        assertEquals(200, reissued.status(), reissued::toString);
        assertEquals(2, reissued.json().getInt("cardVersion"));
        String current = reissued.json().getString("token");

        Http.Reply refused = Meals.serve(STAFF, site, old, "LUNCH", null);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("meals.card.replaced", refused.json().getString("code"));
        char last = current.charAt(current.length() - 2);
        String tampered = current.substring(0, current.length() - 2) + (last == 'A' ? 'B' : 'A')
                + current.charAt(current.length() - 1);
        Http.Reply forged = Meals.serve(STAFF, site, tampered, "LUNCH", null);
        assertEquals(400, forged.status(), forged::toString);
        assertEquals("meals.card.invalid", forged.json().getString("code"));
        served(Meals.serve(STAFF, site, current, "LUNCH", null));

        Http.Reply ended = Api.as("bc-staff").post("/meals/registrations/" + registration + "/end",
                Elders.json("reason", "搬离本县"));
        assertEquals(200, ended.status(), ended::toString);
        Http.Reply afterEnd = Meals.serve(STAFF, site, current, "DINNER", null);
        assertEquals(400, afterEnd.status(), afterEnd::toString);
        assertEquals("meals.card.ended", afterEnd.json().getString("code"));
        assertEquals(1, servings(elder));
    }

    @Test
    void onlyTheOperatorsOpenSitesServeAndOnlyTheMealsTheyOffer() throws Exception {
        long planned = Meals.plannedSite(BC, "规划中助餐点");
        long open = Meals.openSite(BC, "供餐规则食堂");
        String token = Meals.diner(BC, "供餐规则老人", open);
        Http.Reply notOpen = Meals.serve(STAFF, planned, token, "LUNCH", null);
        assertEquals(409, notOpen.status(), notOpen::toString);
        assertEquals("meals.site.transition.invalid", notOpen.json().getString("code"));

        long lunchOnly = Meals.site(BC, Meals.siteBody(BC, "只供午餐助餐点", false, "LUNCH"));
        Meals.open(BC, lunchOnly);
        Http.Reply breakfast = Meals.serve(STAFF, lunchOnly, token, "BREAKFAST", null);
        assertEquals(400, breakfast.status(), breakfast::toString);
        assertEquals("meals.site.periodNotServed", breakfast.json().getString("code"));
        Http.Reply delivery = Api.as(STAFF).post("/meals/servings", Elders.json("siteId", lunchOnly,
                "cardToken", token, "period", "LUNCH", "kind", "DELIVERED"));
        assertEquals(400, delivery.status(), delivery::toString);
        assertEquals("meals.site.noDelivery", delivery.json().getString("code"));

        Http.Reply desk = Meals.serve("bc-staff", open, token, "LUNCH", null);
        assertEquals(403, desk.status(), "the bureau does not record meals: " + desk);
        assertEquals("meals.serving.operatorOnly", desk.json().getString("code"));

        Http.Reply otherOperator = Api.as("bc-admin").post("/providers", "{\"code\":\"371602-M1\",\"name\":"
                + "\"另一家助餐运营商\",\"kind\":\"CATERER\",\"works\":[\"MEALS\"],\"area\":[\"" + Orders.BC_TOWNSHIP
                + "\"]}");
        assertEquals(201, otherOperator.status(), otherOperator::toString);
        String theirs = Meals.siteBody(BC, "别家食堂", false, "LUNCH").replaceFirst("\"providerId\":\\d+",
                "\"providerId\":" + otherOperator.json().getJsonNumber("id").longValue());
        long theirSite = Meals.site(BC, theirs);
        Meals.open(BC, theirSite);
        Http.Reply foreign = Meals.serve(STAFF, theirSite, token, "LUNCH", null);
        assertEquals(404, foreign.status(), "another operator's site is not ours to serve at: " + foreign);
        assertEquals("meals.site.notFound", foreign.json().getString("code"));
        assertEquals(404, Api.as(STAFF).get("/meals/sites/" + theirSite).status());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_serving WHERE site_id IN (?, ?, ?)", planned,
                lunchOnly, theirSite));
        served(Meals.serve(STAFF, open, token, "LUNCH", null));
    }
}
