package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
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
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TimebankPeople;
import org.yiyang.it.support.YiyangIT;

/**
 * A volunteer's hours from sign-up to verification: {@code bc-volunteer} signs up, checks in and out (repeats change
 * nothing), records minutes (idempotently), and the organiser verifies; 0, negative, under-minimum and
 * over-the-day's-limit entries are refused; a proxy of the served elder verifies and it is recorded as by proxy;
 * a verified entry is reversed, never changed; the slots of an activity are never exceeded by a race of more
 * sign-ups than slots; the hours settings are county policies (changed in 沾化区 only).
 */
@YiyangIT
class TimebankHoursIT {

    static final String VOLUNTEER = TimebankPeople.VOLUNTEER;
    static final String ORGANISER = TimebankPeople.TOWNSHIP;

    static String code(Http.Reply r) {
        return r.json().getString("code");
    }

    @Test
    void aVolunteerSignsUpChecksInAndOutRecordsHoursAndTheOrganiserVerifies() throws Exception {
        long volunteer = TimebankPeople.bcVolunteer();
        long activity = TimebankPeople.activity("敬老院陪伴", 5, null);
        Http.Reply signedUp = Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/signups", "{}");
        assertEquals(201, signedUp.status(), signedUp::toString);
        assertEquals("SIGNED_UP", signedUp.json().getString("status"));
        assertEquals("timebank.signup.exists",
                code(Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/signups", "{}")));
        assertEquals(409, Api.as(VOLUNTEER).post("/timebank/hours", Elders.json("activityId", activity,
                "minutes", 60)).status(), "no hours before checking in and out");

        Http.Reply in = Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/check-in", "{}");
        assertEquals(200, in.status(), in::toString);
        Http.Reply again = Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/check-in", "{}");
        assertEquals(200, again.status());
        assertEquals(in.json().getString("checkedInAt"), again.json().getString("checkedInAt"),
                "a repeated check-in changes nothing");
        Http.Reply out = Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/check-out", "{}");
        assertEquals("CHECKED_OUT", out.json().getString("status"));
        assertEquals(out.json().getString("checkedOutAt"), Api.as(VOLUNTEER)
                .post("/timebank/activities/" + activity + "/check-out", "{}").json().getString("checkedOutAt"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'TIMEBANK_CHECKED_IN' "
                + "AND subject_id = ?", String.valueOf(activity)));

        String body = Elders.json("activityId", activity, "minutes", 60, "note", "陪老人聊天");
        String key = "tb-hours-" + activity;
        Http.Reply recorded = Api.as(VOLUNTEER).post("/timebank/hours", body, key);
        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject entry = recorded.json();
        assertEquals("PENDING", entry.getString("status"));
        assertEquals(ServerClock.today().toString(), entry.getString("serviceDay"));
        Http.Reply replay = Api.as(VOLUNTEER).post("/timebank/hours", body, key);
        assertEquals(201, replay.status());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(entry.getJsonNumber("id").longValue(), replay.json().getJsonNumber("id").longValue());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM timebank_hours WHERE activity_id = ?", activity),
                "a replayed recording records once");
        long id = entry.getJsonNumber("id").longValue();

        assertEquals(403, Api.as(VOLUNTEER).post("/timebank/hours/" + id + "/verify", "{}").status(),
                "nobody verifies their own hours");
        Http.Reply verified = Api.as(ORGANISER).post("/timebank/hours/" + id + "/verify", "{}");
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("VERIFIED", verified.json().getString("status"));
        assertFalse(verified.json().getBoolean("byProxy"));
        assertEquals(ORGANISER, verified.json().getString("decidedBy"));
        assertEquals(409, Api.as(ORGANISER).post("/timebank/hours/" + id + "/verify", "{}").status());
        assertEquals("VERIFIED/0/60", Db.single("SELECT CONCAT(status, '/', by_proxy, '/', minutes) "
                + "FROM timebank_hours WHERE id = ?", id).toString());
        assertEquals(volunteer, ((Number) Db.single("SELECT volunteer_id FROM timebank_hours WHERE id = ?", id))
                .longValue());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'TIMEBANK_HOURS_VERIFIED' "
                + "AND subject_id = ?", String.valueOf(id)));

        List<String> mine = Api.as(VOLUNTEER).get("/timebank/hours").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).map(h -> h.getJsonNumber("id").toString()).toList();
        assertTrue(mine.contains(String.valueOf(id)), "the volunteer's own hours list it");
    }

    @Test
    void zeroNegativeUnderMinimumAndOverTheDaysLimitAreRefused() throws Exception {
        long volunteer = TimebankPeople.bcVolunteer();
        long activity = TimebankPeople.activity("清扫楼道", 3, null);
        TimebankPeople.takePart(activity);
        for (int[] refused : new int[][] {{0}, {-30}, {14}, {481}}) {
            Http.Reply r = TimebankPeople.record(activity, refused[0]);
            assertEquals(400, r.status(), r::toString);
            assertEquals("minutes", r.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    r::toString);
        }
        assertEquals("timebank.hours.minutes.positive", code(TimebankPeople.record(activity, 0)));
        assertEquals("timebank.hours.minutes.belowMinimum", code(TimebankPeople.record(activity, 14)));
        assertEquals("timebank.hours.minutes.overDailyLimit", code(TimebankPeople.record(activity, 481)));

        Http.Reply english = Api.as(VOLUNTEER).inLanguage("en").post("/timebank/hours",
                Elders.json("activityId", activity, "minutes", 0));
        assertEquals("timebank.hours.minutes.positive", code(english));
        assertEquals("The minutes must be more than 0.", english.json().getString("detail"));

        LocalDate today = ServerClock.today();
        long already = ((Number) Db.single("SELECT COALESCE(SUM(minutes), 0) FROM timebank_hours WHERE "
                + "volunteer_id = ? AND service_day = ? AND status IN ('PENDING', 'VERIFIED')", volunteer,
                java.sql.Date.valueOf(today))).longValue();
        int left = (int) (480 - already);
        if (left >= 15) {
            Http.Reply over = TimebankPeople.record(activity, left + 1);
            assertEquals("timebank.hours.minutes.overDailyLimit", code(over), "the day's entries together count");
            Http.Reply fits = TimebankPeople.record(activity, Math.min(left, 30));
            assertEquals(201, fits.status(), fits::toString);
        }
        assertEquals(0, Db.count("SELECT COUNT(*) FROM timebank_hours WHERE minutes <= 0 OR minutes > 480"));
    }

    @Test
    void theServedEldersProxyVerifiesAndItIsRecordedAsByProxy() throws Exception {
        long elder = Meals.elder(Counties.BC.code(), "时间银行服务对象", ServerClock.today().getYear() - 82);
        Http.Reply named = Api.as(ORGANISER).post("/timebank/proxies", Elders.json("elderId", elder,
                "username", "bc-assistant", "name", "网格员小李", "relation", "GRID_WORKER"), "tb-proxy-" + elder);
        assertEquals(201, named.status(), named::toString);
        long entry = TimebankPeople.pendingEntry("为老人代购", 45, elder);
        JsonObject seen = Api.as("bc-assistant").get("/timebank/hours/" + entry).json();
        assertTrue(seen.getJsonArray("actions").toString().contains("VERIFY"), seen::toString);

        Http.Reply verified = Api.as("bc-assistant").post("/timebank/hours/" + entry + "/verify", "{}");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().getBoolean("byProxy"));
        assertEquals("bc-assistant", verified.json().getString("decidedBy"));
        assertEquals("VERIFIED/1/bc-assistant", Db.single("SELECT CONCAT(status, '/', by_proxy, '/', decided_by) "
                + "FROM timebank_hours WHERE id = ?", entry).toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = "
                + "'TIMEBANK_HOURS_VERIFIED_BY_PROXY' AND subject_id = ? AND actor = 'bc-assistant' AND details LIKE ?",
                String.valueOf(entry), "%proxy (GRID_WORKER) of elder " + elder + "%"));

        long other = TimebankPeople.pendingEntry("没有代办人的活动", 30, null);
        Http.Reply notProxy = Api.as("bc-assistant").post("/timebank/hours/" + other + "/verify", "{}");
        assertEquals(403, notProxy.status(), notProxy::toString);
        assertEquals("timebank.hours.verifierOnly", code(notProxy), "a grid worker who is no proxy does not verify");

        long ended = named.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as(ORGANISER).post("/timebank/proxies/" + ended + "/end",
                Elders.json("reason", "家属接手")).status());
        long later = TimebankPeople.pendingEntry("代办人终止后", 30, elder);
        assertEquals("timebank.hours.verifierOnly", code(Api.as("bc-assistant").post("/timebank/hours/" + later
                + "/verify", "{}")), "an ended proxy acts no more");
        assertEquals("PENDING", Db.single("SELECT status FROM timebank_hours WHERE id = ?", later));
    }

    @Test
    void aVerifiedEntryIsReversedNeverChanged() throws Exception {
        long entry = TimebankPeople.pendingEntry("送餐上门", 40, null);
        assertEquals(409, Api.as(ORGANISER).post("/timebank/hours/" + entry + "/reverse",
                Elders.json("reason", "未审核")).status(), "only a verified entry is reversed");
        assertEquals(200, Api.as(ORGANISER).post("/timebank/hours/" + entry + "/verify", "{}").status());
        assertEquals(400, Api.as(ORGANISER).post("/timebank/hours/" + entry + "/reverse", "{}").status(),
                "a reversal has a reason");
        Http.Reply reversed = Api.as(ORGANISER).post("/timebank/hours/" + entry + "/reverse",
                Elders.json("reason", "时长多记"));
        assertEquals(200, reversed.status(), reversed::toString);
        assertEquals("REVERSED/40/时长多记", Db.single("SELECT CONCAT(status, '/', minutes, '/', reverse_reason) "
                + "FROM timebank_hours WHERE id = ?", entry).toString());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'TIMEBANK_HOURS_REVERSED' "
                + "AND subject_id = ?", String.valueOf(entry)));
    }

    @Test
    void moreSignUpsThanSlotsAtOnceNeverExceedTheSlots() throws Exception {
        int slots = 3;
        int clients = 8;
        long activity = TimebankPeople.activity("抢名额活动", slots, null);
        List<Long> volunteers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            volunteers.add(TimebankPeople.volunteer(ORGANISER, "抢名额" + i, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Http.Reply> replies = new ArrayList<>();
        try {
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (long v : volunteers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return Api.as(ORGANISER).post("/timebank/activities/" + activity + "/signups",
                            Elders.json("volunteerId", v));
                }));
            }
            start.countDown();
            for (Future<Http.Reply> f : futures) {
                replies.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(slots, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        for (Http.Reply r : replies) {
            assertTrue(r.status() == 201 || r.status() == 409 && "timebank.activity.full".equals(code(r)),
                    r::toString);
        }
        assertEquals(slots, ((Number) Db.single("SELECT taken FROM timebank_activity WHERE id = ?", activity))
                .intValue());
        assertEquals(slots, Db.count("SELECT COUNT(*) FROM timebank_signup WHERE activity_id = ? AND status = "
                + "'SIGNED_UP'", activity));
        JsonObject view = Api.as(ORGANISER).get("/timebank/activities/" + activity).json();
        assertEquals(slots, view.getInt("taken"));
    }

    @Test
    void theHoursRulesAreCountyPoliciesChangedInOneCountyOnly() throws Exception {
        JsonObject min = PolicyIT.setting(Counties.ZH.staff(), "timebank.minEntryMinutes");
        assertEquals("15", PolicyIT.setting("bc-staff", "timebank.minEntryMinutes").getString("value"));
        assertEquals("480", PolicyIT.setting("bc-staff", "timebank.maxMinutesPerDay").getString("value"));
        Http.Reply changed = Api.as(Counties.ZH.admin()).post("/policies/timebank.minEntryMinutes",
                Elders.json("value", "30", "effectiveFrom", ServerClock.today().toString(), "reason", "县局决定"));
        assertEquals(201, changed.status(), changed::toString);
        JsonObject now = PolicyIT.setting(Counties.ZH.staff(), "timebank.minEntryMinutes");
        assertEquals("30", now.getString("value"));
        assertTrue(now.getInt("version") > min.getInt("version"));
        assertEquals("15", PolicyIT.setting("bc-staff", "timebank.minEntryMinutes").getString("value"),
                "滨城区 keeps the national default");
        assertEquals(403, Api.as(Counties.ZH.staff()).post("/policies/timebank.maxMinutesPerDay",
                Elders.json("value", "600", "effectiveFrom", ServerClock.today().toString(), "reason", "x")).status());
    }
}
