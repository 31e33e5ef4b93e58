package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TimebankPeople;
import org.yiyang.it.support.YiyangIT;

/**
 * Every time-bank endpoint called by 惠民县's users (administrator, desk, township office, volunteer) with 滨城区's
 * ids answers exactly like an id that does not exist (404 where the caller may use the endpoint), no body can name
 * 滨城区's volunteer, elder or activity, no list shows them, and nothing of 滨城区 changes.
 */
@YiyangIT
class TimebankTenantIsolationIT {

    static final long MISSING = 987_654_321L;
    static final List<String> HM_USERS = List.of("hm-admin", "hm-staff", "hm-township", "hm-volunteer");

    static long bcVolunteer;
    static long bcOther;
    static long bcTeam;
    static long bcActivity;
    static long bcEntry;
    static long bcElder;
    static long bcProxy;
    static long hmVolunteer;
    static long hmActivity;

    @BeforeAll
    static void timebank() throws Exception {
        bcVolunteer = TimebankPeople.bcVolunteer();
        bcOther = TimebankPeople.volunteer(TimebankPeople.TOWNSHIP, "滨城隔离志愿者", null);
        Http.Reply team = Api.as(TimebankPeople.TOWNSHIP).post("/timebank/teams", Elders.json("name", "滨城隔离服务队",
                "leaderId", bcOther));
        if (team.status() != 201) {
            throw new AssertionError("team refused: " + team);
        }
        bcTeam = team.json().getJsonNumber("id").longValue();
        bcElder = Meals.elder(Counties.BC.code(), "滨城时间银行隔离", ServerClock.today().getYear() - 75);
        Http.Reply proxy = Api.as(TimebankPeople.TOWNSHIP).post("/timebank/proxies", Elders.json("elderId", bcElder,
                "username", "bc-assistant", "relation", "GRID_WORKER"));
        if (proxy.status() != 201) {
            throw new AssertionError("proxy refused: " + proxy);
        }
        bcProxy = proxy.json().getJsonNumber("id").longValue();
        bcEntry = TimebankPeople.pendingEntry("滨城隔离活动", 30, bcElder);
        bcActivity = ((Number) Db.single("SELECT activity_id FROM timebank_hours WHERE id = ?", bcEntry)).longValue();
        hmVolunteer = TimebankPeople.accountVolunteer(Counties.HM, "hm-volunteer");
        Http.Reply hm = Api.as("hm-township").post("/timebank/activities", Elders.json("title", "惠民隔离活动",
                "startsAt", ServerClock.instant().minusSeconds(600), "endsAt", ServerClock.instant().plusSeconds(7200),
                "villageCode", Counties.HM.village(), "slots", 5));
        if (hm.status() != 201) {
            throw new AssertionError("activity refused: " + hm);
        }
        hmActivity = hm.json().getJsonNumber("id").longValue();
    }

    /** 滨城区's time-bank rows as one string: any change shows. */
    static String bcState() throws Exception {
        return Db.single("SELECT CONCAT(status, '/', version) FROM timebank_volunteer WHERE id = ?", bcVolunteer)
                + "|" + Db.single("SELECT CONCAT(status, '/', version) FROM timebank_volunteer WHERE id = ?", bcOther)
                + "|" + Db.count("SELECT COUNT(*) FROM timebank_team_member WHERE team_id = ?", bcTeam)
                + "|" + Db.single("SELECT CONCAT(status, '/', version, '/', taken) FROM timebank_activity WHERE id = ?",
                bcActivity)
                + "|" + Db.single("SELECT GROUP_CONCAT(CONCAT(volunteer_id, ':', status, ':', version) ORDER BY id) "
                + "FROM timebank_signup WHERE activity_id = ?", bcActivity)
                + "|" + Db.single("SELECT CONCAT(status, '/', version) FROM timebank_hours WHERE id = ?", bcEntry)
                + "|" + Db.count("SELECT COUNT(*) FROM timebank_hours WHERE activity_id = ?", bcActivity)
                + "|" + Db.single("SELECT CONCAT(active, '/', version) FROM timebank_proxy WHERE id = ?", bcProxy);
    }

    /** The same call with 滨城区's id and with a missing one: refused alike (same status and code), never a 2xx. */
    static Http.Reply alike(Function<Long, Http.Reply> call, long other) {
        Http.Reply forOther = call.apply(other);
        Http.Reply forMissing = call.apply(MISSING);
        assertTrue(forOther.status() >= 400 && forOther.status() < 500, forOther::toString);
        assertEquals(forMissing.status(), forOther.status(), forOther::toString);
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"), forOther::toString);
        return forOther;
    }

    /** The call answers another county's id like a missing one for every 惠民县 user, and 404 for {@code user}. */
    static void notFound(String user, java.util.function.BiFunction<String, Long, Http.Reply> call, long other) {
        for (String u : HM_USERS) {
            Http.Reply r = alike(id -> call.apply(u, id), other);
            if (u.equals(user)) {
                assertEquals(404, r.status(), r::toString);
            }
        }
    }

    static Http.Reply post(String user, String path) {
        return Api.as(user).post(path, Elders.json("reason", "隔离测试", "volunteerId", hmVolunteer));
    }

    @Test
    void everyEndpointAnswersAnotherCountysIdsLikeMissingOnesAndChangesNothing() throws Exception {
        String before = bcState();
        notFound("hm-township", (u, id) -> Api.as(u).get("/timebank/volunteers/" + id), bcVolunteer);
        for (String step : List.of("approve", "reject", "suspend")) {
            notFound("hm-township", (u, id) -> post(u, "/timebank/volunteers/" + id + "/" + step), bcOther);
        }
        notFound("hm-township", (u, id) -> Api.as(u).get("/timebank/teams/" + id), bcTeam);
        notFound("hm-township", (u, id) -> post(u, "/timebank/teams/" + id + "/members"), bcTeam);
        notFound("hm-township", (u, id) -> TimebankPeople.delete(u, "/timebank/teams/" + id + "/members/"
                + bcOther), bcTeam);
        notFound("hm-volunteer", (u, id) -> Api.as(u).get("/timebank/activities/" + id), bcActivity);
        notFound("hm-township", (u, id) -> Api.as(u).get("/timebank/activities/" + id + "/signups"), bcActivity);
        for (String step : List.of("close", "cancel", "signups", "signups/cancel", "check-in", "check-out")) {
            notFound("hm-volunteer", (u, id) -> Api.as(u).post("/timebank/activities/" + id + "/" + step, "{}"),
                    bcActivity);
        }
        // checking in and out is the volunteer's own step: township staff are refused it whatever the id
        for (String step : List.of("close", "cancel", "signups", "signups/cancel")) {
            notFound("hm-township", (u, id) -> post(u, "/timebank/activities/" + id + "/" + step), bcActivity);
        }
        notFound("hm-township", (u, id) -> Api.as(u).get("/timebank/hours/" + id), bcEntry);
        notFound("hm-volunteer", (u, id) -> Api.as(u).get("/timebank/hours?activity=" + id), bcActivity);
        for (String step : List.of("verify", "reject", "reverse")) {
            notFound("hm-township", (u, id) -> post(u, "/timebank/hours/" + id + "/" + step), bcEntry);
        }
        notFound("hm-township", (u, id) -> Api.as(u).get("/timebank/proxies/" + id), bcProxy);
        notFound("hm-township", (u, id) -> post(u, "/timebank/proxies/" + id + "/end"), bcProxy);
        assertEquals(before, bcState(), "nothing of 滨城区 changed");
    }

    @Test
    void noBodyCanNameAnotherCountysRecords() throws Exception {
        String before = bcState();
        alike(id -> Api.as("hm-volunteer").post("/timebank/hours", Elders.json("activityId", id, "minutes", 30)),
                bcActivity);
        alike(id -> Api.as("hm-township").post("/timebank/teams", Elders.json("name", "队", "leaderId", id)),
                bcOther);
        alike(id -> Api.as("hm-township").post("/timebank/volunteers", Elders.json("name", "冒名",
                "elderId", id)), bcElder);
        alike(id -> Api.as("hm-township").post("/timebank/proxies", Elders.json("elderId", id,
                "username", "hm-assistant", "relation", "FAMILY")), bcElder);
        alike(id -> Api.as("hm-township").post("/timebank/activities", Elders.json("title", "冒名活动",
                "startsAt", ServerClock.instant(), "endsAt", ServerClock.instant().plusSeconds(3600),
                "villageCode", Counties.HM.village(), "slots", 2, "elderId", id)), bcElder);
        alike(id -> Api.as("hm-township").post("/timebank/activities/" + hmActivity + "/signups",
                Elders.json("volunteerId", id)), bcVolunteer);
        Http.Reply village = Api.as("hm-township").post("/timebank/activities", Elders.json("title", "别县村",
                "startsAt", ServerClock.instant(), "endsAt", ServerClock.instant().plusSeconds(3600),
                "villageCode", Counties.BC.village(), "slots", 2));
        assertEquals(400, village.status(), village::toString);
        assertEquals("village.unknown", village.json().getString("code"));
        assertEquals(before, bcState());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM timebank_signup WHERE activity_id = ? AND volunteer_id = ?",
                hmActivity, bcVolunteer));
    }

    @Test
    void noListShowsAnotherCountysRecords() {
        for (String u : List.of("hm-admin", "hm-staff", "hm-township")) {
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/volunteers")).contains(bcVolunteer), u);
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/volunteers?username=bc-volunteer")).contains(bcVolunteer));
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/teams")).contains(bcTeam), u);
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/activities?status=OPEN")).contains(bcActivity), u);
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/hours")).contains(bcEntry), u);
            assertFalse(JsonIds.of(Api.as(u).get("/timebank/proxies?all=true")).contains(bcProxy), u);
        }
        assertFalse(JsonIds.of(Api.as("hm-volunteer").get("/timebank/activities")).contains(bcActivity));
        assertTrue(JsonIds.of(Api.as("hm-volunteer").get("/timebank/activities")).contains(hmActivity));
        assertFalse(JsonIds.of(Api.as("hm-volunteer").get("/timebank/hours")).contains(bcEntry));
        assertEquals(hmVolunteer, Api.as("hm-volunteer").get("/timebank/volunteers/me").json()
                .getJsonNumber("id").longValue());
    }
}
