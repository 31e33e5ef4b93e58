package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * A 惠民县 user cannot read, list, change or delete a 滨城区 elder, through any door: the EntityManager,
 * queries, bulk updates, the REST API, page URLs, tampered form posts, the home page's figures.
 */
@YiyangIT
class TenantIsolationIT {

    static final String BINCHENG = "371602";
    static final String HUIMIN = "371621";
    static final String XINYUAN = "371602001001";
    static final String BINHE = "371602001002";
    static final String HAOMEIJU = "371621001025";

    static long binchengElder;
    static String binchengName;
    static long huiminElder;

    @BeforeAll
    static void oneElderInEachCounty() {
        binchengName = "隔离测试滨城" + System.nanoTime() % 100000;
        binchengElder = create("bc-admin", binchengName, Ids.elder(BINCHENG), XINYUAN);
        huiminElder = create("hm-admin", "隔离测试惠民", Ids.elder(HUIMIN), HAOMEIJU);
    }

    static long create(String user, String name, String id, String village) {
        Http.Reply r = Api.as(user).post("/elders", ElderApiIT.body(name, id, village));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject probe(String method, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/it-probe" + path));
        Http.Reply r = Http.send(("POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET()).build());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    @Test
    void entityManagerFindReturnsNothingForAnotherCountysId() {
        assertFalse(probe("GET", "/tenancy/elders/" + binchengElder + "/find?county=" + HUIMIN).getBoolean("found"));
        assertTrue(probe("GET", "/tenancy/elders/" + binchengElder + "/find?county=" + BINCHENG).getBoolean("found"),
                "control: its own county finds it");
    }

    @Test
    void queriesLeaveAnotherCountysRowsOut() {
        assertEquals(0, probe("GET", "/tenancy/elders/by-name?county=" + HUIMIN + "&name=" + Http.enc(binchengName))
                .getJsonArray("ids").size());
        assertEquals(1, probe("GET", "/tenancy/elders/by-name?county=" + BINCHENG + "&name=" + Http.enc(binchengName))
                .getJsonArray("ids").size(), "control: its own county's query finds it");
    }

    @Test
    void aBulkUpdateCarriesTheCountyCondition() throws Exception {
        String moved = "371602001003";
        assertEquals(0, probe("POST", "/tenancy/elders/reassign-village?county=" + HUIMIN + "&from=" + BINHE
                + "&to=" + moved + "&township=371602001000").getInt("changed"), "惠民县 cannot move 滨城区 elders");
        long elder = create("bc-admin", "批量测试", Ids.elder(BINCHENG), BINHE);
        assertEquals(BINHE, Db.single("SELECT village_code FROM elders_elder WHERE id = ?", elder));
        int changed = probe("POST", "/tenancy/elders/reassign-village?county=" + BINCHENG + "&from=" + BINHE
                + "&to=" + moved + "&township=371602001000").getInt("changed");
        assertTrue(changed >= 1, "control: 滨城区 moves its own elders");
        assertEquals(moved, Db.single("SELECT village_code FROM elders_elder WHERE id = ?", elder));
    }

    @Test
    void theApiAnswers404ForAnotherCountysElder() {
        Http.Reply r = Api.as("hm-admin").get("/elders/" + binchengElder);
        assertEquals(404, r.status(), r::toString);
        assertEquals("elder.notFound", r.json().getString("code"));
        Http.Reply none = Api.as("hm-admin").get("/elders/999999999");
        assertEquals(none.json().getString("detail").replace("999999999", "X"),
                r.json().getString("detail").replace(Long.toString(binchengElder), "X"),
                "another county's id and a missing id look the same");
        assertEquals(200, Api.as("bc-admin").get("/elders/" + binchengElder).status(), "control");
    }

    @Test
    void theApiListLeavesAnotherCountysEldersOut() {
        String list = Api.as("hm-admin").get("/elders?max=200").body();
        assertFalse(JsonIds.of(Api.as("hm-admin").get("/elders?max=200")).contains(binchengElder), list);
        assertFalse(list.contains(binchengName));
    }

    @Test
    void headersAndParametersCannotChooseTheCounty() {
        Http.Reply viaHeader = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl()
                        + "/api/v1/elders/" + binchengElder + "?county=" + BINCHENG))
                .header("Authorization", "Bearer " + Tokens.of("hm-admin"))
                .header("X-County", BINCHENG).header("county", BINCHENG).GET().build());
        assertEquals(404, viaHeader.status(), viaHeader::toString);
    }

    @Test
    void aPageUrlWithAnotherCountysIdAnswers404() {
        PortalSession hm = PortalSession.login("hm-admin");
        assertEquals(404, hm.get("/elders/view.xhtml?id=" + binchengElder).status());
        assertEquals(404, hm.get("/elders/edit.xhtml?id=" + binchengElder).status());
        Http.Reply own = hm.get("/elders/view.xhtml?id=" + huiminElder);
        assertEquals(200, own.status(), "control: its own elder's page opens");
        assertTrue(own.body().contains("隔离测试惠民"));
    }

    @Test
    void aTamperedFormPostAnswers404AndChangesNothing() throws Exception {
        PortalSession hm = PortalSession.login("hm-admin");
        Http.Reply edit = hm.get("/elders/edit.xhtml?id=" + huiminElder);
        assertEquals(200, edit.status(), edit::toString);
        Http.Reply tampered = hm.postForm("/elders/edit.xhtml", edit.body(), Map.of(
                "elderForm", "elderForm",
                "elderForm:id", Long.toString(binchengElder),
                "elderForm:name", "被篡改",
                "elderForm:save", ""));
        assertEquals(404, tampered.status(), tampered::toString);
        assertEquals(binchengName, Db.single("SELECT name FROM elders_elder WHERE id = ?", binchengElder));
        assertEquals("隔离测试惠民", Db.single("SELECT name FROM elders_elder WHERE id = ?", huiminElder));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name = '被篡改'"));

        Http.Reply honest = hm.postForm("/elders/edit.xhtml", hm.get("/elders/edit.xhtml?id=" + huiminElder).body(),
                Map.of("elderForm", "elderForm", "elderForm:id", Long.toString(huiminElder),
                        "elderForm:name", "隔离测试惠民", "elderForm:save", ""));
        assertEquals(200, honest.status(), "control: the same form with its own id saves");
    }

    private static final Pattern COUNT = Pattern.compile("id=\"elderCount\"[^>]*>(\\d+)<");

    private static long homeCount(PortalSession s) {
        Http.Reply home = s.get("/");
        assertEquals(200, home.status());
        Matcher m = COUNT.matcher(home.body());
        assertTrue(m.find(), "the home page shows the elder count");
        return Long.parseLong(m.group(1));
    }

    @Test
    void theHomePageCountLeavesAnotherCountyOut() throws Exception {
        PortalSession hm = PortalSession.login("hm-admin");
        PortalSession bc = PortalSession.login("bc-admin");
        long hmBefore = homeCount(hm);
        long bcBefore = homeCount(bc);
        create("bc-admin", "计数测试", Ids.elder(BINCHENG), XINYUAN);
        assertEquals(hmBefore, homeCount(hm));
        assertEquals(bcBefore + 1, homeCount(bc));
        assertEquals(Db.count("SELECT COUNT(*) FROM elders_elder WHERE county_code = ?", HUIMIN), homeCount(hm));
    }
}
