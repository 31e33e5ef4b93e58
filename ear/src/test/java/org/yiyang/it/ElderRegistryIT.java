package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.YiyangIT;

/** The registry beyond identity: attributes, households, scoping by township, reveal, audit, search. */
@YiyangIT
class ElderRegistryIT {

    static final String BC = "371602";
    static final String XINYUAN = "371602001001";
    static final String LEIJIA = "371602003201";

    static List<String> categories(JsonObject elder) {
        return elder.getJsonArray("categories").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList();
    }

    @Test
    void recordsTheFullProfileAndComputesTheCategories() {
        long id = Elders.register("bc-staff", "档案测试", Ids.elder(BC), XINYUAN, "address", "新苑小区 3 号楼",
                "phone", "13905431234", "emergencyContactName", "王强", "emergencyContactPhone", "0543-3186001",
                "emergencyContactRelation", "儿子", "livingArrangement", "ALONE", "selfCare", "PARTIAL",
                "disabilityGrade", 2, "disabilityType", "PHYSICAL", "economicStatus", "SUBSISTENCE",
                "widowedChildless", true);
        JsonObject e = Api.as("bc-staff").get("/elders/" + id).json();
        assertEquals("新苑小区 3 号楼", e.getString("address"));
        assertEquals("ALONE", e.getString("livingArrangement"));
        assertEquals(2, e.getInt("disabilityGrade"));
        assertTrue(categories(e).containsAll(List.of("SPECIAL_HARDSHIP", "DISABLED", "ECONOMIC_HARDSHIP",
                "WIDOWED_CHILDLESS", "LIVING_ALONE", "DEPENDENT")), e::toString);
    }

    @Test
    void refusesContradictionsWithTheFieldAtFault() {
        Http.Reply r = Api.as("bc-staff").post("/elders", Elders.json("name", "矛盾", "idNumber", Ids.elder(BC),
                "villageCode", XINYUAN, "livingArrangement", "WITH_SPOUSE", "widowedChildless", true));
        assertEquals(400, r.status(), r::toString);
        assertEquals("widowedChildless", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply grade = Api.as("bc-staff").post("/elders", Elders.json("name", "等级", "idNumber", Ids.elder(BC),
                "villageCode", XINYUAN, "disabilityGrade", 2));
        assertEquals("elder.disability.both", grade.json().getString("code"));
        Http.Reply unknown = Api.as("bc-staff").post("/elders", Elders.json("name", "枚举", "idNumber", Ids.elder(BC),
                "villageCode", XINYUAN, "economicStatus", "RICH"));
        assertEquals("value.unknown", unknown.json().getString("code"));
    }

    @Test
    void anUpdateIsAuditedWithWhatChangedAndRefusedWhenTheRecordChangedMeanwhile() throws Exception {
        long id = Elders.register("bc-admin", "修改测试", Ids.elder(BC), XINYUAN, "phone", "13905430000");
        long v0 = Api.as("bc-admin").get("/elders/" + id).json().getJsonNumber("version").longValue();
        Http.Reply ok = Api.as("bc-admin").put("/elders/" + id, Elders.json("name", "修改测试", "version", v0,
                "economicStatus", "NEAR_SUBSISTENCE", "phone", "13905439999"));
        assertEquals(200, ok.status(), ok::toString);
        Http.Reply stale = Api.as("bc-staff").put("/elders/" + id, Elders.json("name", "覆盖", "version", v0));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("elder.changedMeanwhile", stale.json().getString("code"));
        assertEquals("修改测试", Db.single("SELECT name FROM elders_elder WHERE id = ?", id));

        List<JsonValue> history = Api.as("bc-admin").get("/elders/" + id + "/history").jsonStructure().asJsonArray();
        JsonObject change = history.get(0).asJsonObject();
        assertEquals("ELDER_UPDATED", change.getString("action"));
        assertEquals("bc-admin", change.getString("actor"));
        assertTrue(change.getString("details").contains("economicStatus: NONE -> NEAR_SUBSISTENCE"), change::toString);
        assertTrue(change.getString("details").contains("phone: changed"));
        assertFalse(change.getString("details").contains("13905439999"), "contact values stay out of the trail");
        assertEquals("ELDER_REGISTERED", history.get(history.size() - 1).asJsonObject().getString("action"));
    }

    @Test
    void revealingTheIdNumberIsForSomeRolesAndAlwaysAudited() throws Exception {
        String number = Ids.elder(BC);
        long id = Elders.register("bc-admin", "查看号码", number, XINYUAN);
        Http.Reply assistant = Api.as("bc-assistant").post("/elders/" + id + "/id-number", "");
        assertEquals(403, assistant.status(), "village assistants do not see full numbers");
        long before = Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'ID_NUMBER_REVEALED' "
                + "AND subject_id = ?", Long.toString(id));
        Http.Reply revealed = Api.as("bc-staff").post("/elders/" + id + "/id-number", "");
        assertEquals(200, revealed.status(), revealed::toString);
        assertEquals(number, revealed.json().getString("idNumber"));
        assertEquals(before + 1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = "
                + "'ID_NUMBER_REVEALED' AND subject_id = ? AND actor = 'bc-staff'", Long.toString(id)));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE details LIKE ?", "%" + number + "%"),
                "no audit line holds the full number");
    }

    @Test
    void townshipStaffSeeOnlyTheirTownship() {
        long own = Elders.register("bc-admin", "本街道", Ids.elder(BC), XINYUAN);
        long other = Elders.register("bc-admin", "外街道", Ids.elder(BC), LEIJIA);
        assertEquals(200, Api.as("bc-township").get("/elders/" + own).status());
        assertEquals(404, Api.as("bc-township").get("/elders/" + other).status(), "another township: 404");
        assertEquals(404, Api.as("bc-assistant").put("/elders/" + other, Elders.json("name", "改")).status());
        String byName = "/elders?max=200&name=" + Http.enc("外街道");
        assertTrue(JsonIds.of(Api.as("bc-admin").get(byName)).contains(other), "control: the county finds it");
        assertFalse(JsonIds.of(Api.as("bc-township").get(byName)).contains(other), "another township's elder");
        assertEquals(403, Api.as("bc-township").get("/elders?township=371602003000").status());
        Http.Reply outside = Api.as("bc-assistant").post("/elders", Elders.json("name", "越界", "idNumber",
                Ids.elder(BC), "villageCode", LEIJIA));
        assertEquals(400, outside.status());
        assertEquals("village.unknown", outside.json().getString("code"));
    }

    @Test
    void aDuplicateFromAnotherTownshipSaysWhereButNotWho() {
        String number = Ids.elder(BC);
        Elders.register("bc-admin", "重复外乡", number, LEIJIA);
        Http.Reply r = Api.as("bc-township").post("/elders", Elders.json("name", "重复本乡", "idNumber", number,
                "villageCode", XINYUAN));
        assertEquals(409, r.status(), r::toString);
        assertEquals("elder.duplicateElsewhere", r.json().getString("code"));
        assertTrue(r.json().getString("detail").contains("北镇街道"));
        assertFalse(r.json().getString("detail").contains("重复外乡"), "the other township's record stays hidden");
    }

    @Test
    void aHouseholdIsJoinedByItsNumberAndMovesTogether() {
        String no = "HH" + System.nanoTime() % 1000000;
        long a = Elders.register("bc-admin", "户主", Ids.elder(BC), XINYUAN, "householdNo", no, "address", "一号院");
        long b = Elders.register("bc-admin", "配偶", Ids.elder(BC), null, "householdNo", no);
        JsonObject first = Api.as("bc-admin").get("/elders/" + a).json();
        assertEquals(2, first.getJsonArray("householdMembers").size());
        Http.Reply moved = Api.as("bc-admin").put("/elders/" + b + "/residence",
                Elders.json("villageCode", LEIJIA, "address", "雷家村 8 号"));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(LEIJIA, Api.as("bc-admin").get("/elders/" + a).json().getString("villageCode"),
                "the whole household moved");
        Http.Reply wrongVillage = Api.as("bc-admin").post("/elders", Elders.json("name", "错村", "idNumber",
                Ids.elder(BC), "villageCode", XINYUAN, "householdNo", no));
        assertEquals("household.otherVillage", wrongVillage.json().getString("code"));
    }

    @Test
    void searchesByCategoryAgeBandAndIdNumber() {
        String prefix = "检索" + System.nanoTime() % 100000;
        String f17 = BC + "19400101" + "777";
        String old = f17 + Ids.check(f17);
        Elders.register("bc-admin", prefix + "甲", old, XINYUAN);
        String y17 = BC + "19600505" + "888";
        Elders.register("bc-admin", prefix + "乙", y17 + Ids.check(y17), XINYUAN, "economicStatus", "EXTREME_POVERTY");
        String q = "/elders?name=" + Http.enc(prefix);
        assertEquals(2, Api.as("bc-admin").get(q).json().getInt("total"));
        assertEquals(2, Api.as("bc-admin").get(q + "&category=SPECIAL_HARDSHIP").json().getInt("total"));
        assertEquals(1, Api.as("bc-admin").get(q + "&category=ECONOMIC_HARDSHIP").json().getInt("total"));
        assertEquals(1, Api.as("bc-admin").get(q + "&ageBand=FROM_80_TO_89").json().getInt("total"));
        Http.Reply found = Api.as("bc-admin").post("/elders/lookup", Elders.json("idNumber", old));
        assertEquals(200, found.status(), found::toString);
        assertEquals(1, found.json().getInt("total"), "whole number, in the body");
        assertFalse(found.body().contains(old), "the answer masks it");
        Http.Reply inUrl = Api.as("bc-admin").get("/elders?idNumber=" + old);
        assertEquals(400, inUrl.status(), "a whole ID number is never taken from a URL");
        assertEquals("elder.search.idNumberInUrl", inUrl.json().getString("code"));
        assertEquals(400, Api.as("bc-admin").download("/elders/export.xlsx?idNumber=" + old).statusCode());
        assertEquals(400, Api.as("bc-admin").post("/elders/lookup", Elders.json("idNumber", old.substring(3))).status());
        assertTrue(Api.as("bc-admin").get("/elders?idNumber=" + old.substring(14) + "&name=" + Http.enc(prefix))
                .json().getInt("total") >= 1, "last four");
        assertEquals(400, Api.as("bc-admin").get("/elders?category=NOPE").status());
    }

    @Test
    void aDeathIsRecordedAndTheElderLeavesTheActiveRegister() throws Exception {
        long id = Elders.register("bc-admin", "状态测试", Ids.elder(BC), XINYUAN);
        long figures = Db.count("SELECT elders FROM coverage_county_figures WHERE county_code = ?", BC);
        Http.Reply r = Api.as("bc-staff").put("/elders/" + id + "/status", Elders.json("status", "DECEASED"));
        assertEquals(200, r.status(), r::toString);
        assertEquals("DECEASED", r.json().getString("status"));
        assertEquals(figures - 1, Db.count("SELECT elders FROM coverage_county_figures WHERE county_code = ?", BC));
        assertEquals(0, Api.as("bc-admin").get("/elders?name=" + Http.enc("状态测试")).json().getInt("total"));
        assertEquals(1, Api.as("bc-admin").get("/elders?status=DECEASED&name=" + Http.enc("状态测试")).json().getInt("total"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_elder WHERE id = ?", id), "nothing is deleted");
    }

    @Test
    void theExportIsAnExcelWorkbookWithMaskedNumbersOnly() throws Exception {
        String number = Ids.elder(BC);
        Elders.register("bc-admin", "导出测试", number, XINYUAN);
        var r = Api.as("bc-admin").download("/elders/export.xlsx?name=" + Http.enc("导出测试"));
        assertEquals(200, r.statusCode());
        byte[] xlsx = r.body();
        assertEquals('P', xlsx[0]);
        String sheet = org.yiyang.it.support.Xlsx.text(xlsx);
        assertTrue(sheet.contains("导出测试"));
        assertTrue(sheet.contains(number.substring(0, 6) + "********" + number.substring(14)));
        assertFalse(sheet.contains(number));
        assertTrue(Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'ELDERS_EXPORTED' AND actor = 'bc-admin'") >= 1);
    }
}
