package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * Every visit endpoint called by 惠民县 users with 滨城区's ids answers 404 exactly like a missing id, lists show
 * nothing of 滨城区, and 惠民县's reminder run creates nothing for 滨城区; nothing of 滨城区 changes.
 */
@YiyangIT
class VisitTenantIsolationIT {

    static final long MISSING = 987_654_321L;
    static final List<String> HM_USERS = List.of("hm-admin", "hm-staff", "hm-township", "hm-assistant",
            "hm-provider-admin", "hm-volunteer");
    static long bcElder;
    static long bcEnrolment;
    static long bcAlert;
    static long bcReminder;
    static long bcVisit;
    static long bcReferral;
    static long bcPhoto;

    @BeforeAll
    static void binchengVisits() throws Exception {
        bcElder = Visits.elder(Orders.BC, "滨城探访隔离", "PARTIAL");
        bcEnrolment = Visits.enrol(Orders.BC, bcElder).getJsonNumber("id").longValue();
        Http.Reply alert = Api.as("bc-admin").post("/visits/alerts", "{\"kind\":\"HEAT\",\"townships\":[\""
                + Orders.BC_TOWNSHIP + "\"],\"endsAt\":\"" + Instant.now().plusSeconds(86400) + "\"}");
        bcAlert = alert.json().getJsonNumber("id").longValue();
        bcReminder = ((Number) Db.single("SELECT MIN(id) FROM visits_reminder WHERE enrolment_id = ?", bcEnrolment))
                .longValue();
        bcVisit = Api.as("bc-assistant").post("/visits/enrolments/" + bcEnrolment + "/visits",
                Elders.json("kind", "PHONE")).json().getJsonNumber("id").longValue();
        bcReferral = Api.as("bc-assistant").post("/visits/enrolments/" + bcEnrolment + "/visits/" + bcVisit
                + "/followups", Elders.json("kind", "REFERRAL", "referredTo", "镇卫生院")).json().getJsonNumber("id")
                .longValue();
        bcPhoto = Api.as("bc-assistant").postFile("/visits/enrolments/" + bcEnrolment + "/visits/" + bcVisit
                + "/photos?fileName=a.png", org.yiyang.it.support.Plans.png(40, 40), "image/png", null).json()
                .getJsonNumber("id").longValue();
    }

    static String state() throws Exception {
        return Db.single("SELECT CONCAT(e.tier, '/', e.version, '/', COALESCE(e.last_visited_on, '-'), '/', "
                + "(SELECT COUNT(*) FROM visits_visit v WHERE v.enrolment_id = e.id), '/', "
                + "(SELECT COUNT(*) FROM visits_reminder r WHERE r.enrolment_id = e.id), '/', "
                + "(SELECT COUNT(*) FROM visits_reminder r WHERE r.enrolment_id = e.id AND r.read_at IS NOT NULL), '/', "
                + "(SELECT COUNT(*) FROM visits_followup f WHERE f.enrolment_id = e.id AND f.closed_at IS NULL), '/', "
                + "(SELECT COUNT(*) FROM shared_attachment a WHERE a.owner_type = 'visit')) "
                + "FROM visits_enrolment e WHERE e.id = ?", bcEnrolment).toString();
    }

    static void assertNotFound(Http.Reply forOther, Http.Reply forMissing) {
        assertEquals(404, forOther.status(), forOther::toString);
        assertEquals(forMissing.status(), forOther.status());
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"));
    }

    @Test
    void everyEndpointAnswers404ForAnotherCountysEnrolment() throws Exception {
        String before = state();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/visits/enrolments/" + bcEnrolment), hm.get("/visits/enrolments/" + MISSING));
            assertNotFound(hm.get("/visits/enrolments/" + bcEnrolment + "/visits"),
                    hm.get("/visits/enrolments/" + MISSING + "/visits"));
            assertNotFound(hm.post("/visits/enrolments/" + bcEnrolment + "/visits", Elders.json("kind", "HOME")),
                    hm.post("/visits/enrolments/" + MISSING + "/visits", Elders.json("kind", "HOME")));
            assertNotFound(hm.post("/visits/inbox/" + bcReminder + "/read", ""), hm.post("/visits/inbox/" + MISSING + "/read", ""));
            String v = "/visits/enrolments/" + bcEnrolment + "/visits/" + bcVisit;
            String m = "/visits/enrolments/" + MISSING + "/visits/" + bcVisit;
            assertNotFound(hm.get("/visits/enrolments/" + bcEnrolment + "/followups"),
                    hm.get("/visits/enrolments/" + MISSING + "/followups"));
            assertNotFound(hm.post(v + "/followups", Elders.json("kind", "REFERRAL", "referredTo", "x")),
                    hm.post(m + "/followups", Elders.json("kind", "REFERRAL", "referredTo", "x")));
            assertNotFound(hm.post("/visits/enrolments/" + bcEnrolment + "/followups/" + bcReferral + "/close",
                    Elders.json("reason", "x")), hm.post("/visits/enrolments/" + MISSING + "/followups/" + bcReferral
                    + "/close", Elders.json("reason", "x")));
            assertNotFound(hm.get(v + "/photos"), hm.get(m + "/photos"));
            assertNotFound(hm.postFile(v + "/photos?fileName=b.png", org.yiyang.it.support.Plans.png(20, 20), "image/png",
                    null), hm.postFile(m + "/photos?fileName=b.png", org.yiyang.it.support.Plans.png(20, 20), "image/png", null));
            assertEquals(404, hm.download(v + "/photos/" + bcPhoto).statusCode());
            assertEquals(404, hm.download(v + "/photos/" + bcPhoto + "?thumbnail=true").statusCode());
        }
        for (String user : List.of("hm-admin", "hm-staff", "hm-township")) {
            Api hm = Api.as(user);
            assertNotFound(hm.put("/visits/enrolments/" + bcEnrolment + "/tier", "{\"tier\":\"BLUE\",\"reason\":\"x\"}"),
                    hm.put("/visits/enrolments/" + MISSING + "/tier", "{\"tier\":\"BLUE\",\"reason\":\"x\"}"));
            assertNotFound(hm.get("/visits/alerts/" + bcAlert), hm.get("/visits/alerts/" + MISSING));
            assertNotFound(hm.get("/visits/alerts/" + bcAlert + "/tasks"), hm.get("/visits/alerts/" + MISSING + "/tasks"));
        }
        assertEquals(before, state(), "nothing of 滨城区 changed");
    }

    @Test
    void listsAndTheReminderRunOfAnotherCountyShowAndTouchNothing() throws Exception {
        for (String user : HM_USERS) {
            for (String list : List.of("/visits/tasks", "/visits/inbox", "/visits/overdue", "/visits/alerts")) {
                Http.Reply r = Api.as(user).get(list);
                if (r.status() == 200) {
                    assertFalse(r.body().contains("滨城探访隔离"), () -> user + " " + list + ": " + r.body());
                    if (list.equals("/visits/alerts")) {
                        // only the alert list carries alert ids: elsewhere an id of another table may equal it
                        assertFalse(JsonIds.of(r).contains(bcAlert), user + " " + list);
                    }
                } else {
                    assertEquals(403, r.status(), user + " " + list);
                }
            }
        }
        long bcReminders = Db.count("SELECT COUNT(*) FROM visits_reminder WHERE county_code = '371602'");
        JsonObject run = Visits.remind(Orders.HM, Visits.noonIn(60), null);
        assertEquals(bcReminders, Db.count("SELECT COUNT(*) FROM visits_reminder WHERE county_code = '371602'"),
                "惠民县's run creates nothing for 滨城区: " + run);
        assertEquals(400, Api.as("hm-staff").post("/visits/enrolments", Elders.json("elderId", bcElder,
                "visitorUsername", "hm-assistant", "visitorName", "x")).status());
    }

    @Test
    void townshipStaffSeeOnlyTheAlertsOfTheirTownshipWithTheirTownshipsProgress() throws Exception {
        Counties.County zh = Counties.of(Counties.ZH.code());
        String otherTownship = "371603902000";
        long here = Visits.enrol(Orders.ZH, Visits.elder(Orders.ZH, "预警本街道", "PARTIAL")).getJsonNumber("id").longValue();
        long there = Elders.register(zh.admin(), "预警外街道", Ids.elderBornIn(zh.code(), 1950), zh.otherVillage(),
                "economicStatus", "SUBSISTENCE", "selfCare", "PARTIAL");
        assertEquals(201, Api.as(zh.staff()).post("/visits/enrolments", Elders.json("elderId", there,
                "visitorUsername", zh.user("assistant-2"), "visitorName", "刘网格")).status());
        String ends = Instant.now().plusSeconds(86400).toString();
        long elsewhere = Api.as(zh.admin()).post("/visits/alerts", "{\"kind\":\"COLD\",\"townships\":[\""
                + otherTownship + "\"],\"endsAt\":\"" + ends + "\"}").json().getJsonNumber("id").longValue();
        JsonObject both = Api.as(zh.admin()).post("/visits/alerts", "{\"kind\":\"HEAT\",\"townships\":[\""
                + zh.township() + "\",\"" + otherTownship + "\"],\"endsAt\":\"" + ends + "\"}").json();
        long shared = both.getJsonNumber("id").longValue();
        long tasksOfBoth = both.getJsonNumber("tasks").longValue();

        Api township = Api.as(zh.user("township"));
        assertEquals(404, township.get("/visits/alerts/" + elsewhere).status(), "another township's alert");
        assertEquals(404, township.get("/visits/alerts/" + elsewhere + "/tasks").status());
        var listed = JsonIds.of(township.get("/visits/alerts"));
        assertTrue(listed.contains(shared), "the alert that covers the township is listed");
        assertFalse(listed.contains(elsewhere), "the other township's alert is not");
        JsonObject own = township.get("/visits/alerts/" + shared).json();
        assertEquals(List.of(zh.township()), own.getJsonArray("townships").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "only its own township is named");
        long ownTasks = Db.count("SELECT COUNT(*) FROM visits_alert_task t JOIN visits_enrolment e ON e.id = t.enrolment_id "
                + "WHERE t.alert_id = ? AND e.township_code = ?", shared, zh.township());
        assertEquals(ownTasks, own.getJsonNumber("tasks").longValue(), "the progress of its own township's tasks");
        assertTrue(ownTasks >= 1 && ownTasks < tasksOfBoth, "fewer than the county's: " + ownTasks + " of " + tasksOfBoth);
        assertTrue(JsonIds.of(township.get("/visits/alerts/" + shared + "/tasks?visited=false")).contains(here));
        assertEquals(2, Api.as(zh.admin()).get("/visits/alerts/" + shared).json().getJsonArray("townships").size(),
                "control: the county sees both townships");
    }
}
