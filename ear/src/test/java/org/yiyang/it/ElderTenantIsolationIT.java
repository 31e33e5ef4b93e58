package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Xlsx;
import org.yiyang.it.support.YiyangIT;

/**
 * Every endpoint of the elder registry, places, policies and imports, called by a 惠民县 user with
 * 滨城区's ids: 404 (or nothing found), and nothing of 滨城区 changes.
 */
@YiyangIT
class ElderTenantIsolationIT {

    static final String BC = "371602";
    static final String HM = "371621";
    static long bcElder;
    static String bcName;
    static String bcNumber;
    static String bcHousehold;
    static long bcImport;

    @BeforeAll
    static void binchengData() {
        bcName = "滨城隔离" + System.nanoTime() % 100000;
        bcNumber = Ids.elder(BC);
        bcHousehold = "BCH" + System.nanoTime() % 100000;
        bcElder = Elders.register("bc-admin", bcName, bcNumber, "371602001001", "householdNo", bcHousehold,
                "economicStatus", "SUBSISTENCE");
        bcImport = Api.as("bc-admin").postFile("/elders/imports", ("姓名,身份证号,村（社区）\n滨城导入," + Ids.elder(BC)
                + ",新苑社区\n").getBytes(StandardCharsets.UTF_8), "text/csv", null).json().getJsonNumber("id").longValue();
    }

    static void assert404(Http.Reply r) {
        assertEquals(404, r.status(), r::toString);
    }

    @Test
    void everyElderEndpointAnswers404ForAnotherCountysElder() throws Exception {
        long version = ((Number) Db.single("SELECT version FROM elders_elder WHERE id = ?", bcElder)).longValue();
        Api hm = Api.as("hm-admin");
        assert404(hm.get("/elders/" + bcElder));
        assert404(hm.put("/elders/" + bcElder, Elders.json("name", "篡改")));
        assert404(hm.put("/elders/" + bcElder + "/residence", Elders.json("villageCode", "371621001025")));
        assert404(hm.put("/elders/" + bcElder + "/household", Elders.json("householdNo", "X1")));
        assert404(hm.put("/elders/" + bcElder + "/status", Elders.json("status", "DECEASED")));
        assert404(hm.post("/elders/" + bcElder + "/id-number", ""));
        assert404(hm.get("/elders/" + bcElder + "/history"));
        assertEquals(version, ((Number) Db.single("SELECT version FROM elders_elder WHERE id = ?", bcElder)).longValue());
        assertEquals(bcName, Db.single("SELECT name FROM elders_elder WHERE id = ?", bcElder));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE subject_type = 'elder' AND subject_id = ? "
                + "AND county_code = ?", Long.toString(bcElder), HM), "nothing about it is written in 惠民县's log");
    }

    @Test
    void searchesAndExportsFindNothingOfAnotherCounty() {
        Api hm = Api.as("hm-admin");
        assertEquals(0, hm.post("/elders/lookup", Elders.json("idNumber", bcNumber)).json().getInt("total"),
                "the whole number");
        assertEquals(0, hm.get("/elders?name=" + Http.enc(bcName)).json().getInt("total"));
        assertFalse(hm.get("/elders?max=200&idNumber=" + bcNumber.substring(14)).body().contains(bcName));
        assertEquals(0, hm.get("/elders?village=371602001001").json().getInt("total"));
        assertEquals(0, hm.get("/elders?category=ECONOMIC_HARDSHIP&name=" + Http.enc(bcName)).json().getInt("total"));
        String export = Xlsx.text(hm.download("/elders/export.xlsx").body());
        assertFalse(export.contains(bcName));
    }

    @Test
    void anotherCountysHouseholdNumberIsNotJoined() throws Exception {
        long hmElder = Elders.register("hm-admin", "惠民同号", Ids.elder(HM), "371621001025", "householdNo", bcHousehold);
        Object hmHousehold = Db.single("SELECT household_id FROM elders_elder WHERE id = ?", hmElder);
        Object bcHouseholdId = Db.single("SELECT household_id FROM elders_elder WHERE id = ?", bcElder);
        assertNotEquals(bcHouseholdId, hmHousehold, "the same number in another county is another household");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_elder WHERE household_id = ?", bcHouseholdId));
    }

    @Test
    void placesOfAnotherCountyCannotBeSeenOrChanged() throws Exception {
        Api hm = Api.as("hm-admin");
        String places = hm.get("/places").body();
        assertFalse(places.contains("371602") || places.contains("市中街道"));
        assert404(hm.put("/places/villages/371602001001", Elders.json("name", "改名")));
        assert404(hm.put("/places/townships/371602001000", Elders.json("name", "改名")));
        Http.Reply add = hm.post("/places/villages", Elders.json("code", "371602001099", "name", "新村",
                "townshipCode", "371602001000", "urban", false));
        assertEquals(400, add.status());
        assertEquals("township.unknown", add.json().getString("code"));
        assertEquals("新苑社区", Db.single("SELECT name FROM tenancy_village WHERE code = '371602001001'"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM tenancy_village WHERE code = '371602001099'"));
    }

    @Test
    void importsOfAnotherCountyCannotBeReadOrCommitted() throws Exception {
        Api hm = Api.as("hm-admin");
        assert404(hm.get("/elders/imports/" + bcImport));
        assert404(hm.post("/elders/imports/" + bcImport + "/commit", ""));
        assertTrue(JsonIds.of(Api.as("bc-admin").get("/elders/imports")).contains(bcImport), "control");
        assertFalse(JsonIds.of(hm.get("/elders/imports")).contains(bcImport));
        assertEquals("VALIDATED", Db.single("SELECT state FROM elders_import WHERE id = ?", bcImport));
    }

    @Test
    void aCountyCannotRegisterAnElderInAnotherCountysVillage() throws Exception {
        Http.Reply r = Api.as("hm-admin").post("/elders", Elders.json("name", "跨县登记", "idNumber", Ids.elder(HM),
                "villageCode", "371602001001"));
        assertEquals(400, r.status());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name = '跨县登记'"));
    }
}
