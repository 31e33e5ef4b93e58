package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * County policy settings through the API: defaults, versions, who may change them, isolation. Every change is
 * made in the test-only county 沾化区 ({@link Counties#ZH}), so no other test ever reads a changed setting.
 */
@YiyangIT
class PolicyIT {

    static final String KEY = "visits.escalationDays";
    static final String ZH_ADMIN = Counties.ZH.admin();

    static JsonObject setting(String user, String key) {
        return Api.as(user).get("/policies").jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> key.equals(s.getString("key"))).findFirst().orElseThrow();
    }

    @Test
    void everySettingStartsAtTheNationalDefault() {
        JsonObject cap = setting("hm-staff", "renovation.householdCap");
        assertTrue(cap.getBoolean("nationalDefault"));
        assertEquals("3000.00", cap.getString("value"));
        assertEquals(0, cap.getInt("version"));
        assertEquals("7", setting("hm-staff", "visits.frequencyDays.red").getString("value"));
    }

    @Test
    void anAdministratorsChangeIsANewAuditedVersionAndTheOldVersionStays() throws Exception {
        LocalDate today = ServerClock.today();
        Http.Reply v1 = Api.as(ZH_ADMIN).post("/policies/" + KEY, Elders.json("value", "5", "effectiveFrom",
                today.toString(), "reason", "县局会议决定"));
        assertEquals(201, v1.status(), v1::toString);
        int first = v1.json().getInt("version");
        Http.Reply future = Api.as(ZH_ADMIN).post("/policies/" + KEY, Elders.json("value", "4", "effectiveFrom",
                today.plusDays(30).toString(), "reason", "下月起调整"));
        assertEquals(201, future.status(), future::toString);
        assertEquals(first + 1, future.json().getInt("version"));

        JsonObject now = setting(Counties.ZH.staff(), KEY);
        assertEquals("5", now.getString("value"), "a change effective next month is not in force yet");
        assertEquals(first, now.getInt("version"));
        JsonArray history = Api.as(Counties.ZH.staff()).get("/policies/" + KEY).jsonStructure().asJsonArray();
        assertEquals("4", history.getJsonObject(0).getString("value"));
        assertEquals("5", history.getJsonObject(1).getString("value"));
        assertEquals("县局会议决定", history.getJsonObject(1).getString("reason"));
        assertTrue(history.getJsonObject(history.size() - 1).getBoolean("nationalDefault"));
        assertTrue(Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'POLICY_CHANGED' AND subject_id = ? "
                + "AND county_code = '371603'", KEY) >= 2);
        assertEquals("3", setting("bc-staff", KEY).getString("value"), "滨城区 keeps the national default");
    }

    @Test
    void onlyCountyAdministratorsChangeSettings() throws Exception {
        long before = Db.count("SELECT COUNT(*) FROM shared_policy_setting WHERE county_code = '371603'");
        Http.Reply staff = Api.as(Counties.ZH.staff()).post("/policies/" + KEY, Elders.json("value", "9",
                "effectiveFrom", ServerClock.today().toString(), "reason", "x"));
        assertEquals(403, staff.status());
        assertEquals("policy.adminOnly", staff.json().getString("code"));
        assertEquals(403, Api.as("bc-volunteer").get("/policies").status());
        assertEquals(403, Api.as("bz-city").get("/policies").status());
        assertEquals(before, Db.count("SELECT COUNT(*) FROM shared_policy_setting WHERE county_code = '371603'"));
    }

    @Test
    void badChangesAreRefusedAndChangeNothing() throws Exception {
        LocalDate today = ServerClock.today();
        long before = Db.count("SELECT COUNT(*) FROM shared_policy_setting WHERE county_code = '371603'");
        assertEquals("policy.effectiveFrom.past", Api.as(ZH_ADMIN).post("/policies/renovation.householdCap",
                Elders.json("value", "3500", "effectiveFrom", today.minusDays(1).toString(), "reason", "x"))
                .json().getString("code"));
        assertEquals("policy.money.range", Api.as(ZH_ADMIN).post("/policies/renovation.householdCap",
                Elders.json("value", "-1", "effectiveFrom", today.toString(), "reason", "x")).json().getString("code"));
        assertEquals("policy.reason.required", Api.as(ZH_ADMIN).post("/policies/renovation.householdCap",
                Elders.json("value", "3500", "effectiveFrom", today.toString(), "reason", " ")).json().getString("code"));
        assertEquals(404, Api.as(ZH_ADMIN).post("/policies/no.such.key",
                Elders.json("value", "1", "effectiveFrom", today.toString(), "reason", "x")).status());
        assertEquals(before, Db.count("SELECT COUNT(*) FROM shared_policy_setting WHERE county_code = '371603'"));
    }

    @Test
    void oneCountysChangeDoesNotTouchAnother() {
        Http.Reply r = Api.as(ZH_ADMIN).post("/policies/orders.monthlyAllowance", Elders.json("value", "350.00",
                "effectiveFrom", ServerClock.today().toString(), "reason", "沾化区标准"));
        assertEquals(201, r.status(), r::toString);
        assertEquals("350.00", setting(Counties.ZH.staff(), "orders.monthlyAllowance").getString("value"));
        JsonObject huimin = setting("hm-staff", "orders.monthlyAllowance");
        assertEquals("200.00", huimin.getString("value"));
        assertTrue(huimin.getBoolean("nationalDefault"));
        assertEquals(1, Api.as("hm-staff").get("/policies/orders.monthlyAllowance").jsonStructure().asJsonArray().size(),
                "惠民县 sees only the national default, nothing of 沾化区's versions");
    }
}
