package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.Xlsx;
import org.yiyang.it.support.YiyangIT;

/**
 * Monthly settlement of a meal site, in the test-only county 沾化区 (which publishes its own subsidy table here, so
 * that every funding source has a part): the totals per source with a reversal counted negatively, one settlement
 * per site and month, the lock (a reversal and a meal recorded after settling keep their meal day and land in the
 * next month, the settled totals do not change), the Excel statement, and who may settle and read.
 */
@YiyangIT
class MealSettlementIT {

    static final String ZH = Counties.ZH.code();
    static final String OPERATOR = "zh-provider-staff";

    static String key() {
        return "settle-" + System.nanoTime();
    }

    static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    static JsonObject created(Http.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static String accountingMonth(long serving) throws Exception {
        return (String) Db.single("SELECT accounting_month FROM meals_serving WHERE id = ?", serving);
    }

    /** Version of 沾化区's table in force from today: 12.00 = elder 5.00 + county 4.00 + city 2.00 + charity 1.00. */
    static int publishTable() {
        Counties.County zh = Counties.of(ZH);
        String table = Json.createObjectBuilder().add("effectiveFrom", ServerClock.today().toString())
                .add("reason", "沾化区助餐结算测试").add("price", new BigDecimal("12.00"))
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("ageBand", "FROM_70_TO_79")
                        .add("economicStatus", "NONE").add("elderPart", new BigDecimal("5.00"))
                        .add("countySubsidy", new BigDecimal("4.00")).add("cityPart", new BigDecimal("2.00"))
                        .add("charityPart", new BigDecimal("1.00"))))
                .build().toString();
        return created(Api.as(zh.admin()).post("/meals/subsidy-table", table, key())).getInt("version");
    }

    static void assertTotals(JsonObject s, String elder, String county, String city, String charity, String total) {
        assertEquals(new BigDecimal(elder), amount(s, "totalElder"), s::toString);
        assertEquals(new BigDecimal(county), amount(s, "totalCounty"), s::toString);
        assertEquals(new BigDecimal(city), amount(s, "totalCity"), s::toString);
        assertEquals(new BigDecimal(charity), amount(s, "totalCharity"), s::toString);
        assertEquals(new BigDecimal(total), amount(s, "total"), s::toString);
    }

    /** The amount in the statement's totals row that starts with the label. */
    static BigDecimal statementTotal(String text, String label) {
        return Arrays.stream(text.split("\n")).map(l -> l.split("\t")).filter(c -> c.length > 1 && c[0].equals(label))
                .map(c -> new BigDecimal(c[1]).setScale(2)).findFirst()
                .orElseThrow(() -> new AssertionError("no totals row " + label + " in\n" + text));
    }

    @Test
    void aSettledMonthHoldsTheTotalsPerSourceWithTheReversalAndIsLocked() throws Exception {
        Counties.County zh = Counties.of(ZH);
        int version = publishTable();
        int year = ServerClock.today().getYear();
        long site = Meals.openSite(ZH, "沾化结算孝善食堂");
        String[] names = {"结算助餐甲", "结算助餐乙", "结算助餐丙"};
        String[] tokens = new String[names.length];
        long[] meals = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            long elder = Meals.elder(ZH, names[i], year - 75);
            tokens[i] = Meals.card(ZH, Meals.register(ZH, elder, site).getJsonNumber("id").longValue());
            JsonObject meal = created(Meals.serve(OPERATOR, site, tokens[i], "LUNCH", key()));
            assertEquals(version, meal.getInt("tableVersion"), "priced under this test's table");
            meals[i] = id(meal);
        }
        long reversal = id(created(Api.as(OPERATOR).post("/meals/servings/" + meals[1] + "/reverse",
                Elders.json("reason", "刷错卡"), key())));
        String month = ServerClock.month().toString();
        String next = YearMonth.parse(month).plusMonths(1).toString();
        assertEquals(month, accountingMonth(meals[0]));
        assertEquals(month, accountingMonth(reversal), "a reversal in the open month stays in it");

        Http.Reply staff = Api.as(zh.staff()).post("/meals/settlements", Elders.json("siteId", site, "month", month));
        assertEquals(403, staff.status(), "only the county administrator settles: " + staff);
        assertEquals("meals.settlement.adminOnly", staff.json().getString("code"));
        Api admin = Api.as(zh.admin());
        Http.Reply future = admin.post("/meals/settlements", Elders.json("siteId", site, "month", next));
        assertEquals(400, future.status(), future::toString);
        assertEquals("meals.settlement.month.future", future.json().getString("code"));
        Http.Reply noMonth = admin.post("/meals/settlements", Elders.json("siteId", site, "month", "2026-13"));
        assertEquals("meals.month.invalid", noMonth.json().getString("code"));
        assertEquals("month", noMonth.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("meals.settlement.site.required",
                admin.post("/meals/settlements", Elders.json("month", month)).json().getString("code"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM meals_settlement WHERE site_id = ?", site));

        String k = key();
        Http.Reply settled = admin.post("/meals/settlements", Elders.json("siteId", site, "month", month), k);
        JsonObject s = created(settled);
        long settlement = id(s);
        assertEquals(site, s.getJsonNumber("siteId").longValue());
        assertEquals(month, s.getString("month"));
        assertEquals(3, s.getInt("servings"));
        assertEquals(1, s.getInt("reversals"));
        assertEquals(2, s.getInt("meals"), "three meals less the reversed one");
        assertTotals(s, "10.00", "8.00", "4.00", "2.00", "24.00");
        assertEquals(new BigDecimal("14.00"), amount(s, "totalSubsidy"));
        assertEquals(Set.of(meals[0], meals[1], meals[2], reversal), s.getJsonArray("lines").stream()
                .map(v -> v.asJsonObject().getJsonNumber("servingId").longValue()).collect(Collectors.toSet()));
        JsonObject reversalLine = s.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("servingId").longValue() == reversal).findFirst().orElseThrow();
        assertEquals(new BigDecimal("-12.00"), amount(reversalLine, "price"));
        assertEquals(new BigDecimal("-2.00"), amount(reversalLine, "cityPart"));
        assertEquals(meals[1], reversalLine.getJsonNumber("reversesId").longValue());

        Http.Reply replay = admin.post("/meals/settlements", Elders.json("siteId", site, "month", month), k);
        assertEquals(201, replay.status(), replay::toString);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(settled.body(), replay.body());
        Http.Reply twice = admin.post("/meals/settlements", Elders.json("siteId", site, "month", month));
        assertEquals(409, twice.status(), "one settlement per site and month: " + twice);
        assertEquals("meals.settlement.exists", twice.json().getString("code"));
        assertTrue(twice.json().getString("detail").contains("沾化结算孝善食堂"), twice::toString);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_settlement WHERE site_id = ? AND month = ?", site, month));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'MEAL_SITE_SETTLED' "
                + "AND county_code = ? AND subject_id = ?", ZH, String.valueOf(site)));

        // the lock: what is recorded after the settlement for a day of the month goes into the next month
        long lateReversal = id(created(Api.as(OPERATOR).post("/meals/servings/" + meals[0] + "/reverse",
                Elders.json("reason", "结算后发现重复登记"), key())));
        long lateMeal = id(created(Meals.serve(OPERATOR, site, tokens[2], "DINNER", key())));
        for (long late : new long[] {lateReversal, lateMeal}) {
            assertEquals(next, accountingMonth(late), "booked into the next open month");
            assertEquals(ServerClock.today().toString(),
                    Db.single("SELECT meal_day FROM meals_serving WHERE id = ?", late).toString(), "keeps its day");
        }
        JsonObject after = Api.as(zh.admin()).get("/meals/settlements/" + settlement).json();
        assertEquals(3, after.getInt("servings"));
        assertEquals(1, after.getInt("reversals"));
        assertTotals(after, "10.00", "8.00", "4.00", "2.00", "24.00");
        assertEquals(4, after.getJsonArray("lines").size(), "the settled month holds the same entries");
        Http.Reply nextMonth = admin.post("/meals/settlements", Elders.json("siteId", site, "month", next));
        assertEquals("meals.settlement.month.future", nextMonth.json().getString("code"),
                "the late entries wait for next month's settlement");

        assertStatement(settlement, month, names);
        assertReaders(settlement, site);
    }

    /** The Excel statement: county, site and month, a line per entry, the totals per source; audited. */
    static void assertStatement(long settlement, String month, String[] names) throws Exception {
        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'MEAL_STATEMENT_EXPORTED' "
                + "AND subject_id = ?", String.valueOf(settlement)));
        HttpResponse<byte[]> xlsx = Api.as("zh-admin").download("/meals/settlements/" + settlement
                + "/statement.xlsx");
        assertEquals(200, xlsx.statusCode());
        String text = Xlsx.text(xlsx.body());
        assertTrue(text.contains("老年助餐月度结算单"), text);
        assertTrue(text.contains("沾化区") && text.contains("沾化结算孝善食堂") && text.contains(month), text);
        for (String name : names) {
            assertTrue(text.contains(name), name + " in\n" + text);
        }
        assertEquals(new BigDecimal("10.00"), statementTotal(text, "个人支付（元）"));
        assertEquals(new BigDecimal("8.00"), statementTotal(text, "县级补贴（元）"));
        assertEquals(new BigDecimal("4.00"), statementTotal(text, "市级补贴（元）"));
        assertEquals(new BigDecimal("2.00"), statementTotal(text, "慈善资助（元）"));
        assertEquals(new BigDecimal("24.00"), statementTotal(text, "合计（元）"));
        assertEquals(4, Arrays.stream(text.split("\n")).filter(l -> l.contains("午餐")).count(),
                "a line per entry of the month: " + text);
        assertFalse(text.matches("(?s).*\\d{17}[\\dX].*"), "no full ID numbers in the statement");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'MEAL_STATEMENT_EXPORTED' "
                + "AND county_code = ? AND actor = 'zh-admin' AND subject_id = ?", ZH, String.valueOf(settlement)));
    }

    /** The bureau and the operator's administrator read the settlement; the operator's staff and townships do not. */
    static void assertReaders(long settlement, long site) {
        for (String user : List.of("zh-admin", "zh-staff", "zh-provider-admin")) {
            assertEquals(200, Api.as(user).get("/meals/settlements/" + settlement).status(), user);
            assertTrue(Api.as(user).get("/meals/settlements?site=" + site).jsonStructure().asJsonArray().stream()
                    .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == settlement), user);
        }
        for (String user : List.of("zh-provider-staff", "zh-township", "zh-assistant")) {
            Http.Reply r = Api.as(user).get("/meals/settlements/" + settlement);
            assertEquals(403, r.status(), user + ": " + r);
            assertEquals("meals.settlement.readersOnly", r.json().getString("code"));
        }
    }
}
