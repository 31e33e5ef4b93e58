package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * The visit programme against the real scheduler's code path, with the clock as a parameter: tier rules on
 * enrolment, reminders created exactly once across reruns and a run that crashed midway, escalation to the
 * township, a policy change mid-cycle, the extreme-weather sweep and its live progress, recorded visits.
 */
@YiyangIT
class VisitReminderIT {

    static long reminders(long enrolment, String kind) throws Exception {
        return Db.count("SELECT COUNT(*) FROM visits_reminder WHERE enrolment_id = ? AND kind = ?", enrolment, kind);
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /**
     * A red-tier enrolment of the test-only county whose next visit falls due on the given day: its last visit is
     * moved back in the database by the county's red frequency (read, not assumed).
     */
    static long redDueOn(String name, LocalDate due) throws Exception {
        long e = id(Visits.enrol(Orders.ZH, Visits.elder(Orders.ZH, name, "DEPENDENT")));
        int redDays = Integer.parseInt(Api.as("zh-staff").get("/policies").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("key").equals("visits.frequencyDays.red"))
                .findFirst().orElseThrow().getString("value"));
        LocalDate last = due.minusDays(redDays);
        assertEquals(1, Db.update("UPDATE visits_enrolment SET enrolled_on = ?, last_visited_on = ? WHERE id = ?",
                last, last, e));
        return e;
    }

    @Test
    void aVisitDueOnNewYearsDayIsDueAtMidnightBeijingTimeAndOverdueOnlyFromTheSecond() throws Exception {
        long e = redDueOn("跨年探访", LocalDate.of(2027, 1, 1));
        Visits.remind(Orders.ZH, Instant.parse("2026-12-30T15:59:00Z"), null);   // 2026-12-30 23:59 Beijing time
        assertEquals(0, reminders(e, "DUE"), "two days ahead: not yet");
        Visits.remind(Orders.ZH, Instant.parse("2026-12-31T15:59:00Z"), null);   // 2026-12-31 23:59
        assertEquals(1, reminders(e, "DUE"), "due tomorrow: reminded");
        assertEquals(0, reminders(e, "OVERDUE"));
        Visits.remind(Orders.ZH, Instant.parse("2026-12-31T16:00:00Z"), null);   // 2027-01-01 00:00
        Visits.remind(Orders.ZH, Instant.parse("2027-01-01T15:59:00Z"), null);   // 2027-01-01 23:59
        assertEquals(1, reminders(e, "DUE"), "one reminder for the due day, however often the sweep runs");
        assertEquals(0, reminders(e, "OVERDUE"), "New Year's Day is the due day itself, not overdue");
        Visits.remind(Orders.ZH, Instant.parse("2027-01-01T16:00:00Z"), null);   // 2027-01-02 00:00
        assertEquals(1, reminders(e, "OVERDUE"), "overdue from 00:00 on 2 January Beijing time");
        assertEquals("2027-01-01", Db.single("SELECT due_on FROM visits_reminder WHERE enrolment_id = ? "
                + "AND kind = 'OVERDUE'", e).toString());
    }

    @Test
    void aVisitDueOnALeapDayIsOverdueFromTheFirstOfMarch() throws Exception {
        long e = redDueOn("闰日探访", LocalDate.of(2028, 2, 29));
        Visits.remind(Orders.ZH, Instant.parse("2028-02-27T15:59:00Z"), null);   // 2028-02-27 23:59
        assertEquals(0, reminders(e, "DUE"));
        Visits.remind(Orders.ZH, Instant.parse("2028-02-28T16:00:00Z"), null);   // 2028-02-29 00:00
        assertEquals(1, reminders(e, "DUE"));
        Visits.remind(Orders.ZH, Instant.parse("2028-02-29T15:59:00Z"), null);   // 2028-02-29 23:59
        assertEquals(0, reminders(e, "OVERDUE"), "the leap day is the due day");
        Visits.remind(Orders.ZH, Instant.parse("2028-02-29T16:00:00Z"), null);   // 2028-03-01 00:00
        assertEquals(1, reminders(e, "OVERDUE"));
        assertEquals("2028-02-29", Db.single("SELECT due_on FROM visits_reminder WHERE enrolment_id = ? "
                + "AND kind = 'OVERDUE'", e).toString());
    }

    @Test
    void theTierIsSuggestedByRulesAndOverriddenOnlyWithAReason() throws Exception {
        JsonObject red = Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "探访红色", "PARTIAL"));
        assertEquals("RED", red.getString("suggestedTier"));
        assertEquals("RED", red.getString("tier"));
        long alone = Elders.register("bc-admin", "探访黄色", org.yiyang.it.support.Ids.elderBornIn(Orders.BC, 1940),
                Orders.BC_VILLAGE, "livingArrangement", "ALONE", "selfCare", "INDEPENDENT");
        assertEquals("YELLOW", Visits.enrol(Orders.BC, alone).getString("tier"), "80+ living alone");
        long away = Visits.elder(Orders.BC, "探访蓝色", "INDEPENDENT");
        Http.Reply blue = Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", away,
                "livesElsewhere", true, "visitorUsername", "bc-assistant", "visitorName", "刘网格"));
        assertEquals("BLUE", blue.json().getString("tier"));
        long e = id(blue.json());
        assertEquals(400, Api.as("bc-staff").put("/visits/enrolments/" + e + "/tier", "{\"tier\":\"RED\"}").status(),
                "another tier needs a reason");
        JsonObject overridden = Api.as("bc-township").put("/visits/enrolments/" + e + "/tier",
                "{\"tier\":\"RED\",\"reason\":\"独居且近期摔倒\"}").json();
        assertEquals("RED", overridden.getString("tier"));
        assertEquals("BLUE", overridden.getString("suggestedTier"));
        assertEquals("独居且近期摔倒", overridden.getString("tierReason"));
        assertEquals(409, Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", away,
                "visitorUsername", "bc-assistant", "visitorName", "刘网格")).status(), "enrolled once");
        long notHardship = Elders.register("bc-admin", "探访非困难", org.yiyang.it.support.Ids.elderBornIn(Orders.BC, 1958),
                Orders.BC_VILLAGE);
        assertEquals(400, Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", notHardship,
                "visitorUsername", "bc-assistant", "visitorName", "刘网格")).status());
        assertEquals(403, Api.as("bc-assistant").post("/visits/enrolments", Elders.json("elderId", away,
                "visitorUsername", "bc-assistant", "visitorName", "刘网格")).status());
    }

    @Test
    void remindersAreCreatedExactlyOnceAcrossRerunsAndACrashedRun() throws Exception {
        long e = id(Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "探访提醒", "PARTIAL"))); // red: due in 7 days
        assertEquals(0, reminders(e, "DUE"));
        Visits.remind(Orders.BC, Visits.noonIn(5), null);
        assertEquals(0, reminders(e, "DUE"), "not yet: due in two days");
        Visits.remind(Orders.BC, Visits.noonIn(6), "due"); // a run that crashed after its first step
        assertEquals(1, reminders(e, "DUE"), "due tomorrow: reminded");
        Visits.remind(Orders.BC, Visits.noonIn(6), null);
        Visits.remind(Orders.BC, Visits.noonIn(7), null);
        assertEquals(1, reminders(e, "DUE"), "reruns create nothing twice");
        assertEquals(0, reminders(e, "OVERDUE"));
        Visits.remind(Orders.BC, Visits.noonIn(8), null);
        Visits.remind(Orders.BC, Visits.noonIn(8), null);
        assertEquals(1, reminders(e, "OVERDUE"));
        assertEquals(Visits.today().plusDays(7).toString(),
                Db.single("SELECT due_on FROM visits_reminder WHERE enrolment_id = ? AND kind = 'OVERDUE'", e).toString());
        assertEquals("bc-assistant", Db.single("SELECT recipient FROM visits_reminder WHERE enrolment_id = ? "
                + "AND kind = 'DUE'", e));
        assertEquals(2L, Db.count("SELECT COUNT(*) FROM visits_reminder WHERE enrolment_id = ? AND sms_sent_at IS NOT NULL",
                e), "each reminder texted once to the visitor");
        List<String> inbox = Api.as("bc-assistant").get("/visits/inbox").jsonStructure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getJsonNumber("enrolmentId").longValue() == e)
                .map(r -> r.getString("kind")).sorted().toList();
        assertEquals(List.of("DUE", "OVERDUE"), inbox);
    }

    @Test
    void anOverdueVisitEscalatesToTheTownshipAfterTheCountysDelay() throws Exception {
        long e = id(Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "探访逾期上报", "DEPENDENT")));
        int delay = Integer.parseInt(Api.as("bc-admin").get("/policies").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("key").equals("visits.escalationDays"))
                .findFirst().orElseThrow().getString("value"));
        Visits.remind(Orders.BC, Visits.noonIn(7 + delay), null);
        assertEquals(0, reminders(e, "ESCALATION"), "overdue by the delay exactly: not yet");
        Visits.remind(Orders.BC, Visits.noonIn(8 + delay), null);
        Visits.remind(Orders.BC, Visits.noonIn(9 + delay), null);
        assertEquals(1, reminders(e, "ESCALATION"));
        assertEquals("township:" + Orders.BC_TOWNSHIP, Db.single("SELECT recipient FROM visits_reminder "
                + "WHERE enrolment_id = ? AND kind = 'ESCALATION'", e));
        JsonObject escalation = Api.as("bc-township").get("/visits/inbox").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("enrolmentId").longValue() == e)
                .findFirst().orElseThrow();
        assertEquals("ESCALATION", escalation.getString("kind"));
        assertEquals(204, Api.as("bc-township").post("/visits/inbox/" + id(escalation) + "/read", "").status());
        assertEquals(404, Api.as("bc-assistant").post("/visits/inbox/" + id(escalation) + "/read", "").status(),
                "not the assistant's reminder");
    }

    @Test
    void aVisitMovesTheDueDateAndAPolicyChangeAppliesMidCycle() throws Exception {
        long elder = Visits.elder(Orders.ZH, "探访政策调整", "INDEPENDENT");
        JsonObject en = Visits.enrol(Orders.ZH, elder);
        long e = id(en);
        Api.as("zh-staff").put("/visits/enrolments/" + e + "/tier", "{\"tier\":\"YELLOW\",\"reason\":\"子女外出务工\"}");
        assertEquals(Visits.today().plusDays(14).toString(),
                Api.as("zh-staff").get("/visits/enrolments/" + e).json().getString("dueOn"));
        Http.Reply change = Api.as("zh-admin").post("/policies/visits.frequencyDays.yellow", Elders.json("value", "5",
                "effectiveFrom", Visits.today().toString(), "reason", "冬季加密探访"));
        assertEquals(201, change.status(), change::toString);
        assertEquals(Visits.today().plusDays(5).toString(),
                Api.as("zh-staff").get("/visits/enrolments/" + e).json().getString("dueOn"),
                "the pending visit falls due under the new frequency");
        Visits.remind(Orders.ZH, Visits.noonIn(4), null);
        assertEquals(Visits.today().plusDays(5).toString(), Db.single("SELECT due_on FROM visits_reminder "
                + "WHERE enrolment_id = ? AND kind = 'DUE'", e).toString());
        // the visitor records a phone visit today: the next visit is due five days after it
        Http.Reply v = Api.as("zh-assistant").post("/visits/enrolments/" + e + "/visits", Elders.json("kind", "PHONE",
                "health", "血压平稳", "needs", "需要助餐"), "visit-" + e);
        assertEquals(201, v.status(), v::toString);
        Http.Reply replay = Api.as("zh-assistant").post("/visits/enrolments/" + e + "/visits", Elders.json("kind",
                "PHONE", "health", "血压平稳", "needs", "需要助餐"), "visit-" + e);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM visits_visit WHERE enrolment_id = ?", e));
        JsonObject after = Api.as("zh-staff").get("/visits/enrolments/" + e).json();
        assertEquals(Visits.today().toString(), after.getString("lastVisitedOn"));
        assertEquals(Visits.today().plusDays(5).toString(), after.getString("dueOn"));
        assertEquals(400, Api.as("zh-assistant").post("/visits/enrolments/" + e + "/visits", Elders.json("kind",
                "HOME", "visitedAt", Instant.now().plusSeconds(3600).toString())).status(), "not in the future");
        assertEquals(400, Api.as("zh-assistant").post("/visits/enrolments/" + e + "/visits", "{}").status());
        assertEquals(404, Api.as("zh-provider-admin").post("/visits/enrolments/" + e + "/visits",
                Elders.json("kind", "HOME")).status(), "not a visitor of this elder");
    }

    @Test
    void anExtremeWeatherAlertGivesEveryRedElderThereAMustVisitTaskRemindedUntilDone() throws Exception {
        long red1 = id(Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "寒潮必访一", "PARTIAL")));
        long red2 = id(Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "寒潮必访二", "DEPENDENT")));
        long blue = id(Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "寒潮蓝色", "INDEPENDENT")));
        assertEquals(403, Api.as("bc-staff").post("/visits/alerts", "{\"kind\":\"COLD\",\"townships\":[\""
                + Orders.BC_TOWNSHIP + "\"],\"endsAt\":\"" + Instant.now().plusSeconds(86400 * 2) + "\"}").status(),
                "only the county administrator declares an alert");
        Http.Reply declared = Api.as("bc-admin").post("/visits/alerts", "{\"kind\":\"COLD\",\"townships\":[\""
                + Orders.BC_TOWNSHIP + "\"],\"endsAt\":\"" + Instant.now().plusSeconds(86400 * 2) + "\"}");
        assertEquals(201, declared.status(), declared::toString);
        long alert = id(declared.json());
        assertTrue(declared.json().getJsonNumber("tasks").longValue() >= 2);
        assertEquals(0, declared.json().getJsonNumber("visited").longValue());
        assertEquals(1, reminders(red1, "WEATHER"), "reminded at once");
        assertEquals(1, reminders(red2, "WEATHER"));
        assertEquals(0, reminders(blue, "WEATHER"), "only red-tier elders");
        assertTrue(Api.as("bc-assistant").get("/visits/tasks").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("id").longValue() == red1)
                .allMatch(t -> t.getBoolean("weatherTask")), "the visitor's list puts it first");

        Http.Reply visit = Api.as("bc-assistant").post("/visits/enrolments/" + red1 + "/visits",
                Elders.json("kind", "HOME", "safety", "取暖设施正常", "notes", "已送棉被"));
        assertEquals(201, visit.status(), visit::toString);
        JsonObject progress = Api.as("bc-admin").get("/visits/alerts/" + alert).json();
        assertEquals(1, progress.getJsonNumber("visited").longValue(), "progress is live");
        assertTrue(Api.as("bc-admin").get("/visits/alerts/" + alert + "/tasks?visited=true").body().contains("寒潮必访一"));
        assertTrue(Api.as("bc-admin").get("/visits/alerts/" + alert + "/tasks?visited=false").body().contains("寒潮必访二"));

        Visits.remind(Orders.BC, Instant.now().plusSeconds(3600), null);
        Visits.remind(Orders.BC, Instant.now().plusSeconds(3600), null);
        assertEquals(1, reminders(red1, "WEATHER"), "done: no more reminders");
        assertEquals(2, reminders(red2, "WEATHER"), "not done: reminded again the next hour, once");
        assertEquals(400, Api.as("bc-admin").post("/visits/alerts", "{\"kind\":\"COLD\",\"townships\":[\"371621001000\"],"
                + "\"endsAt\":\"" + Instant.now().plusSeconds(86400) + "\"}").status(), "another county's township");
    }

    static int sms(String county, Instant at, int max) {
        Http.Reply r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(
                org.yiyang.it.support.TestEnvironment.current().appUrl() + "/it-probe/visits/sms?county=" + county
                        + "&at=" + at + "&max=" + max)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.status(), r::toString);
        return r.json().getInt("sent");
    }

    static long texts(long enrolment) throws Exception {
        return Db.count("SELECT COUNT(*) FROM visits_sms_sent s JOIN visits_reminder r ON r.id = s.reminder_id "
                + "WHERE r.enrolment_id = ?", enrolment);
    }

    @Test
    void everyReminderIsTextedExactlyOnceWhenARunStopsHalfwayAndSendersRace() throws Exception {
        List<Long> enrolments = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            enrolments.add(redDueOn("短信一次" + i, Visits.today().plusDays(1)));
        }
        Instant now = Instant.now();
        Visits.remind(Orders.ZH, now, "due");   // the due reminders, not yet texted
        for (long e : enrolments) {
            assertEquals(1, reminders(e, "DUE"));
            assertEquals(0, texts(e));
        }
        assertEquals(1, sms(Orders.ZH, now, 1), "a run that stops after its first message");
        // then the job, a second sender and an alert's request all at once
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            var a = pool.submit(() -> { go.await(); return sms(Orders.ZH, now, 500); });
            var b = pool.submit(() -> { go.await(); return sms(Orders.ZH, now, 500); });
            var alert = pool.submit(() -> { go.await(); return Api.as("zh-admin").post("/visits/alerts",
                    "{\"kind\":\"COLD\",\"townships\":[\"" + Counties.ZH.township() + "\"],\"endsAt\":\""
                            + Instant.now().plusSeconds(86400) + "\"}"); });
            go.countDown();
            a.get();
            b.get();
            assertEquals(201, alert.get().status(), () -> "the alert: " + alert);
        } finally {
            pool.shutdownNow();
        }
        // whatever is left (the alert's texts, sent by the job it triggered) goes out at the next run
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (Db.count("SELECT COUNT(*) FROM visits_reminder WHERE county_code = '371603' AND sms_sent_at IS NULL") > 0) {
            assertTrue(System.nanoTime() < deadline, "every reminder texted in the end");
            sms(Orders.ZH, Instant.now(), 500);
        }
        for (long e : enrolments) {
            assertEquals(2, reminders(e, "DUE") + reminders(e, "WEATHER"), "a due and a weather reminder");
            assertEquals(2, texts(e), "each of them texted exactly once");
        }
        assertEquals(0, Db.count("SELECT COUNT(*) FROM (SELECT reminder_id FROM visits_sms_sent GROUP BY reminder_id "
                + "HAVING COUNT(*) > 1) twice"), "no reminder anywhere was texted twice");
    }

    @Test
    void theVisitorMustBeAnAccountOfTheCountyWithAVisitingRoleAndOfTheEldersTownship() throws Exception {
        long here = Visits.elder(Orders.BC, "探访人核对", "PARTIAL");
        long beizhen = Elders.register("bc-admin", "探访人北镇", org.yiyang.it.support.Ids.elderBornIn(Orders.BC, 1950),
                Orders.BC_OTHER_VILLAGE, "economicStatus", "SUBSISTENCE", "selfCare", "PARTIAL");
        String[][] refused = {
                {"nobody-" + System.nanoTime(), String.valueOf(here), "visit.visitor.unknown"},
                {"hm-assistant", String.valueOf(here), "visit.visitor.unknown"},       // another county's account
                {"bc-provider-staff", String.valueOf(here), "visit.visitor.role"},
                {"bc-assistant", String.valueOf(beizhen), "visit.visitor.otherTownship"}};
        for (String[] r : refused) {
            Http.Reply reply = Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", Long.parseLong(r[1]),
                    "visitorUsername", r[0], "visitorName", "刘网格"));
            assertEquals(400, reply.status(), r[0] + ": " + reply);
            assertEquals(r[2], reply.json().getString("code"), r[0]);
            assertTrue(reply.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"), "in Chinese");
            assertEquals(0, Db.count("SELECT COUNT(*) FROM visits_enrolment WHERE elder_id = ?", Long.parseLong(r[1])),
                    "nothing enrolled");
        }
        assertEquals(201, Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", beizhen,
                "visitorUsername", "bc-volunteer", "visitorName", "志愿者")).status(), "a volunteer of the county");
        assertEquals(201, Api.as("bc-staff").post("/visits/enrolments", Elders.json("elderId", here,
                "visitorUsername", "bc-assistant", "visitorName", "刘网格")).status(), "the township's grid worker");
    }
}
