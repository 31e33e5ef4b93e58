package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Every meal endpoint called by 惠民县's users (administrator, desk, township office, the operator's administrator and
 * staff) with 滨城区's ids: 404 with the same code as an id that does not exist, or nothing found, and nothing of
 * 滨城区 changes. 滨城区's meal card is refused at 惠民县's site, and no body can name 滨城区's elder, site or
 * provider. The same holds for settlements and their statements, bookings and a site's booked day, and the no-show
 * list.
 */
@YiyangIT
class MealTenantIsolationIT {

    static final long MISSING = 987_654_321L;
    static final List<String> HM_USERS = List.of("hm-admin", "hm-staff", "hm-township", "hm-provider-admin",
            "hm-provider-staff");

    static long bcSite;
    static long bcElder;
    static long bcRegistration;
    static String bcToken;
    static long bcServing;
    static long hmSite;
    static long hmElder;
    static long bcBooking;
    static long bcSettlement;

    @BeforeAll
    static void meals() {
        bcSite = Meals.openSite(Orders.BC, "滨城隔离食堂");
        bcElder = Meals.elder(Orders.BC, "滨城助餐隔离", ServerClock.today().getYear() - 70);
        bcRegistration = Meals.register(Orders.BC, bcElder, bcSite).getJsonNumber("id").longValue();
        bcToken = Meals.card(Orders.BC, bcRegistration);
        Http.Reply served = Meals.serve("bc-provider-staff", bcSite, bcToken, "LUNCH", null);
        if (served.status() != 201) {
            throw new AssertionError("meal refused: " + served);
        }
        bcServing = served.json().getJsonNumber("id").longValue();
        Http.Reply booked = Api.as("bc-staff").post("/meals/bookings", Elders.json("elderId", bcElder,
                "day", ServerClock.today().plusDays(1), "period", "DINNER"));
        if (booked.status() != 201) {
            throw new AssertionError("booking refused: " + booked);
        }
        bcBooking = booked.json().getJsonNumber("id").longValue();
        Http.Reply settled = Api.as("bc-admin").post("/meals/settlements", Elders.json("siteId", bcSite,
                "month", ServerClock.month()));
        if (settled.status() != 201) {
            throw new AssertionError("settlement refused: " + settled);
        }
        bcSettlement = settled.json().getJsonNumber("id").longValue();
        hmSite = Meals.openSite(Orders.HM, "惠民隔离食堂");
        hmElder = Meals.elder(Orders.HM, "惠民助餐隔离", ServerClock.today().getYear() - 70);
    }

    static void assertNotFound(Http.Reply forOther, Http.Reply forMissing) {
        assertEquals(404, forOther.status(), forOther::toString);
        assertEquals(forMissing.status(), forOther.status());
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"),
                "another county's id answers exactly like an id that does not exist");
    }

    /** Both refused alike (the same status and code), e.g. a body naming another county's record. */
    static void assertAlike(Http.Reply forOther, Http.Reply forMissing) {
        assertTrue(forOther.status() >= 400 && forOther.status() < 500, forOther::toString);
        assertEquals(forMissing.status(), forOther.status(), forOther::toString);
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"));
    }

    static String site() throws Exception {
        return Db.single("SELECT CONCAT(status, '/', version, '/', name) FROM meals_site WHERE id = ?", bcSite)
                .toString();
    }

    static String registration() throws Exception {
        return Db.single("SELECT CONCAT(active, '/', version, '/', card_version, '/', home_site_id) "
                + "FROM meals_registration WHERE id = ?", bcRegistration).toString();
    }

    static String ledger() throws Exception {
        return Db.single("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(elder_part), 0)) FROM meals_serving "
                + "WHERE elder_id = ?", bcElder) + "/" + Db.count("SELECT COUNT(*) FROM meals_subsidy_claim "
                + "WHERE elder_id = ?", bcElder);
    }

    static String bookingAndSettlement() throws Exception {
        return Db.single("SELECT CONCAT(status, '/', version, '/', meal_day) FROM meals_booking WHERE id = ?",
                bcBooking) + "/" + Db.single("SELECT CONCAT(servings, '/', reversals, '/', total_county) "
                + "FROM meals_settlement WHERE id = ?", bcSettlement) + "/" + Db.count("SELECT COUNT(*) "
                + "FROM meals_settlement WHERE site_id = ?", bcSite) + "/" + Db.count("SELECT COUNT(*) "
                + "FROM meals_booking WHERE elder_id = ?", bcElder);
    }

    /** A statement download as a reply: its status and, when refused, its problem. */
    static Http.Reply statement(String user, long settlement) {
        var r = Api.as(user).download("/meals/settlements/" + settlement + "/statement.xlsx");
        return new Http.Reply(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                r.headers());
    }

    /** Refused downloads alike: 404 both, with the same code where the refusal carries a problem. */
    static void assertNotFoundDownload(Http.Reply forOther, Http.Reply forMissing) {
        assertEquals(404, forOther.status(), forOther::toString);
        assertEquals(forMissing.status(), forOther.status());
        if (forMissing.body().startsWith("{")) {
            assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"));
        }
    }

    @Test
    void settlementsAndTheirStatementsOfAnotherCountyAreNotFound() throws Exception {
        String before = bookingAndSettlement();
        for (String user : List.of("hm-admin", "hm-staff", "hm-provider-admin")) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/meals/settlements/" + bcSettlement), hm.get("/meals/settlements/" + MISSING));
            assertNotFoundDownload(statement(user, bcSettlement), statement(user, MISSING));
            assertNotFound(hm.get("/meals/settlements?site=" + bcSite), hm.get("/meals/settlements?site=" + MISSING));
            assertFalse(JsonIds.of(hm.get("/meals/settlements")).contains(bcSettlement), user);
        }
        Api admin = Api.as("hm-admin");
        String month = ServerClock.month().toString();
        assertAlike(admin.post("/meals/settlements", Elders.json("siteId", bcSite, "month", month)),
                admin.post("/meals/settlements", Elders.json("siteId", MISSING, "month", month)));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'MEAL_STATEMENT_EXPORTED' "
                + "AND subject_id = ?", String.valueOf(bcSettlement)), "nothing of 滨城区 was exported");
        assertEquals(before, bookingAndSettlement(), "滨城区's settlement is unchanged and settled once");
    }

    @Test
    void bookingsAndASitesBookedDayOfAnotherCountyAreNotFound() throws Exception {
        String before = bookingAndSettlement();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/meals/bookings/" + bcBooking), hm.get("/meals/bookings/" + MISSING));
            assertNotFound(hm.get("/meals/sites/" + bcSite + "/bookings"),
                    hm.get("/meals/sites/" + MISSING + "/bookings"));
        }
        for (String user : List.of("hm-admin", "hm-staff", "hm-township")) {
            Api hm = Api.as(user);
            assertNotFound(hm.post("/meals/bookings/" + bcBooking + "/cancel", "{}"),
                    hm.post("/meals/bookings/" + MISSING + "/cancel", "{}"));
            assertNotFound(hm.get("/meals/bookings?elder=" + bcElder), hm.get("/meals/bookings?elder=" + MISSING));
            String tomorrow = ServerClock.today().plusDays(1).toString();
            assertAlike(hm.post("/meals/bookings", Elders.json("elderId", bcElder, "day", tomorrow,
                    "period", "LUNCH")), hm.post("/meals/bookings", Elders.json("elderId", MISSING, "day", tomorrow,
                    "period", "LUNCH")));
        }
        assertEquals(before, bookingAndSettlement(), "滨城区's booking is unchanged, and none was added");
        assertEquals("BOOKED", Api.as("bc-staff").get("/meals/bookings/" + bcBooking).json().getString("status"),
                "control");
    }

    @Test
    void theNoShowListShowsOnlyTheCallersCounty() throws Exception {
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_no_show WHERE elder_id = ? AND county_code = ?",
                bcElder, Orders.HM));
        for (String user : List.of("hm-admin", "hm-staff", "hm-township")) {
            assertFalse(JsonIds.of(Api.as(user).get("/meals/no-shows"), "elderId").contains(bcElder), user);
        }
    }

    @Test
    void everySiteEndpointAnswers404ForAnotherCountysSite() throws Exception {
        String before = site();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/meals/sites/" + bcSite), hm.get("/meals/sites/" + MISSING));
            assertNotFound(hm.get("/meals/servings?site=" + bcSite), hm.get("/meals/servings?site=" + MISSING));
        }
        Api admin = Api.as("hm-admin");
        String change = Meals.siteBody(Orders.HM, "改名", false, "LUNCH");
        assertNotFound(admin.put("/meals/sites/" + bcSite, change), admin.put("/meals/sites/" + MISSING, change));
        String close = Elders.json("status", "CLOSED", "reason", "越权关闭");
        assertNotFound(admin.post("/meals/sites/" + bcSite + "/status", close),
                admin.post("/meals/sites/" + MISSING + "/status", close));
        assertEquals(before, site(), "滨城区's site is unchanged");
    }

    @Test
    void everyRegistrationEndpointAnswers404ForAnotherCountysRegistration() throws Exception {
        String before = registration();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/meals/registrations/" + bcRegistration),
                    hm.get("/meals/registrations/" + MISSING));
        }
        Api desk = Api.as("hm-staff");
        String change = Elders.json("diet", "LOW_SALT");
        assertNotFound(desk.put("/meals/registrations/" + bcRegistration, change),
                desk.put("/meals/registrations/" + MISSING, change));
        String end = Elders.json("reason", "越权终止");
        assertNotFound(desk.post("/meals/registrations/" + bcRegistration + "/end", end),
                desk.post("/meals/registrations/" + MISSING + "/end", end));
        assertNotFound(desk.get("/meals/registrations/" + bcRegistration + "/card"),
                desk.get("/meals/registrations/" + MISSING + "/card"));
        assertNotFound(desk.post("/meals/registrations/" + bcRegistration + "/card", "{}"),
                desk.post("/meals/registrations/" + MISSING + "/card", "{}"));
        assertEquals(before, registration(), "滨城区's registration and card are unchanged");
        assertEquals(0, desk.get("/meals/registrations?elder=" + bcElder).jsonStructure().asJsonArray().size());
    }

    @Test
    void anotherCountysServingCannotBeReadOrReversed() throws Exception {
        String before = ledger();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/meals/servings/" + bcServing), hm.get("/meals/servings/" + MISSING));
        }
        String reason = Elders.json("reason", "越权冲正");
        for (String user : List.of("hm-admin", "hm-provider-admin", "hm-provider-staff")) {
            Api hm = Api.as(user);
            assertNotFound(hm.post("/meals/servings/" + bcServing + "/reverse", reason),
                    hm.post("/meals/servings/" + MISSING + "/reverse", reason));
        }
        assertEquals(before, ledger(), "滨城区's ledger and claim are unchanged");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_serving WHERE reverses_id = ?", bcServing));
    }

    @Test
    void anotherCountysMealCardIsRefusedAndItsSiteIsNotOurs() throws Exception {
        String before = ledger();
        long hmServings = Db.count("SELECT COUNT(*) FROM meals_serving WHERE county_code = ?", Orders.HM);
        Http.Reply card = Meals.serve("hm-provider-staff", hmSite, bcToken, "DINNER", null);
        assertEquals(400, card.status(), card::toString);
        assertEquals("meals.card.otherCounty", card.json().getString("code"));
        assertTrue(card.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"), card::toString);

        String hmToken = Meals.card(Orders.HM, Meals.register(Orders.HM, hmElder, hmSite).getJsonNumber("id")
                .longValue());
        assertNotFound(Meals.serve("hm-provider-staff", bcSite, hmToken, "DINNER", null),
                Meals.serve("hm-provider-staff", MISSING, hmToken, "DINNER", null));
        Http.Reply theirCardOurSite = Meals.serve("bc-provider-staff", bcSite, hmToken, "DINNER", null);
        assertEquals(400, theirCardOurSite.status(), theirCardOurSite::toString);
        assertEquals("meals.card.otherCounty", theirCardOurSite.json().getString("code"));
        Http.Reply byDigits = Api.as("hm-provider-staff").post("/meals/servings", Elders.json("siteId", hmSite,
                "period", "DINNER", "idLast4", "0000", "name", "滨城助餐隔离"));
        assertEquals(400, byDigits.status(), "滨城区's elder is not found by name in 惠民县: " + byDigits);
        assertEquals("meals.serving.elder.unknown", byDigits.json().getString("code"));

        assertEquals(before, ledger());
        assertEquals(hmServings, Db.count("SELECT COUNT(*) FROM meals_serving WHERE county_code = ?", Orders.HM));
    }

    @Test
    void noBodyCanNameAnotherCountysElderSiteProviderOrPlace() throws Exception {
        Api desk = Api.as("hm-staff");
        assertAlike(desk.post("/meals/registrations", Elders.json("elderId", bcElder, "homeSiteId", hmSite)),
                desk.post("/meals/registrations", Elders.json("elderId", MISSING, "homeSiteId", hmSite)));
        assertAlike(desk.post("/meals/registrations", Elders.json("elderId", hmElder, "homeSiteId", bcSite)),
                desk.post("/meals/registrations", Elders.json("elderId", hmElder, "homeSiteId", MISSING)));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_registration WHERE elder_id = ? AND county_code = ?",
                bcElder, Orders.HM));

        Api admin = Api.as("hm-admin");
        long bcProvider = Orders.provider(Orders.BC).id();
        String ownBody = Meals.siteBody(Orders.HM, "越界食堂", false, "LUNCH");
        Http.Reply provider = admin.post("/meals/sites", ownBody.replaceFirst("\"providerId\":\\d+",
                "\"providerId\":" + bcProvider));
        assertAlike(provider, admin.post("/meals/sites", ownBody.replaceFirst("\"providerId\":\\d+",
                "\"providerId\":" + MISSING)));
        assertEquals("provider.notFound", provider.json().getString("code"));
        Http.Reply village = admin.post("/meals/sites", ownBody.replaceFirst("\"villageCode\":\"\\d+\"",
                "\"villageCode\":\"" + Orders.BC_VILLAGE + "\""));
        assertEquals(400, village.status(), village::toString);
        assertEquals("village.unknown", village.json().getString("code"));
        Http.Reply layout = admin.put("/meals/layout", Elders.json("townshipCode", Orders.BC_TOWNSHIP,
                "level", "COMMUNITY", "planned", 3, "targetYear", 2027));
        assertEquals(400, layout.status(), layout::toString);
        assertEquals("township.unknown", layout.json().getString("code"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_layout_target WHERE township_code = ? "
                + "AND county_code = ?", Orders.BC_TOWNSHIP, Orders.HM));
    }

    @Test
    void listsTheLayoutAndTheSubsidyTableShowOnlyTheCallersCounty() throws Exception {
        assertTrue(JsonIds.of(Api.as("bc-admin").get("/meals/sites")).contains(bcSite), "control");
        for (String user : HM_USERS) {
            assertFalse(JsonIds.of(Api.as(user).get("/meals/sites")).contains(bcSite), user);
        }
        assertTrue(Api.as("bc-admin").get("/meals/layout").json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).anyMatch(r -> Orders.BC_TOWNSHIP.equals(r.getString("townshipCode"))
                        && "COMMUNITY".equals(r.getString("level")) && r.getInt("built") >= 1),
                "control: 滨城区's open site counts as built");
        // a layout target of the test-only county 沾化区 (no test reads its plan expecting it empty)
        Counties.County zh = Counties.of(Counties.ZH.code());
        Http.Reply target = Api.as(zh.admin()).put("/meals/layout", Elders.json("townshipCode", zh.township(),
                "level", "RESIDENTIAL", "planned", 4, "targetYear", 2027));
        assertEquals(200, target.status(), target::toString);
        assertEquals(4, target.json().getInt("planned"));
        assertEquals(0, target.json().getInt("built"));
        assertEquals(0, target.json().getInt("progressPercent"));
        assertEquals(403, Api.as(zh.staff()).put("/meals/layout", Elders.json("townshipCode", zh.township(),
                "level", "RESIDENTIAL", "planned", 9, "targetYear", 2027)).status(), "targets are the administrator's");
        assertTrue(Api.as(zh.staff()).get("/meals/layout").json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).anyMatch(r -> zh.township().equals(r.getString("townshipCode"))
                        && "RESIDENTIAL".equals(r.getString("level")) && r.getInt("planned") == 4
                        && r.getInt("targetYear") == 2027));
        for (String user : List.of("hm-admin", "bc-admin")) {
            JsonObject layout = Api.as(user).get("/meals/layout").json();
            assertTrue(layout.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                    .noneMatch(r -> r.getString("townshipCode").startsWith(user.startsWith("hm") ? Orders.BC
                            : Orders.HM) || r.getString("townshipCode").startsWith(Orders.ZH)), layout::toString);
        }
        for (String county : List.of("bc-staff", "hm-staff")) {
            var versions = Api.as(county).get("/meals/subsidy-table/versions").jsonStructure().asJsonArray();
            assertEquals(1, versions.size(), county + ": only the national default, never 沾化区's tables");
            assertEquals(0, versions.getJsonObject(0).getInt("version"));
        }
    }
}
