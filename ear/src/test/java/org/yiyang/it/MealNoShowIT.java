package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * No-shows feed care, with the clock as a parameter (the probe runs the daily detection as of a given evening): an
 * elder registered for daily meals without a meal for the county's days (3 by default) goes on the follow-up list
 * and their visitor finds a reminder in the inbox; a meal within the days keeps an elder off it; reruns create
 * nothing twice; another county is untouched. In the test-only county 沾化区 (and 惠民县 for the other county).
 */
@YiyangIT
class MealNoShowIT {

    static final String ZH = Counties.ZH.code();
    static final String HM = Counties.HM.code();

    /** Runs the county's detection as of a moment; how many absences it found first. */
    static int detect(String county, Instant at) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl()
                + "/it-probe/meals/no-shows?county=" + county + "&at=" + at))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.status() != 200) {
            throw new AssertionError("no-show detection failed: " + r);
        }
        return r.json().getInt("detected");
    }

    /** 21:00 Beijing time of the day, after the day's last meal. */
    static Instant evening(LocalDate day) {
        return day.atTime(21, 0).atZone(Visits.ZONE).toInstant();
    }

    /** The county's days without a meal that make a no-show (read, not assumed). */
    static int noShowDays(String county) {
        return Integer.parseInt(Api.as(Counties.of(county).staff()).get("/policies").jsonStructure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(p -> p.getString("key").equals("meals.noShowDays"))
                .findFirst().orElseThrow().getString("value"));
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static long spells(long elder) throws Exception {
        return Db.count("SELECT COUNT(*) FROM meals_no_show WHERE elder_id = ?", elder);
    }

    static long reminders(long enrolment) throws Exception {
        return Db.count("SELECT COUNT(*) FROM visits_reminder WHERE enrolment_id = ? AND kind = 'NO_SHOW'", enrolment);
    }

    static Optional<JsonObject> onList(String user, long elder) {
        Http.Reply r = Api.as(user).get("/meals/no-shows");
        assertEquals(200, r.status(), r::toString);
        return r.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("elderId").longValue() == elder).findFirst();
    }

    /** An elder of the county's first township, special hardship, registered for daily meals and enrolled. */
    record Diner(long elder, long registration, long enrolment) {
    }

    static Diner diner(String county, String name, long site) throws Exception {
        long elder = Visits.elder(county, name, "PARTIAL");
        long registration = id(Meals.register(county, elder, site));
        long enrolment = id(Visits.enrol(county, elder));
        return new Diner(elder, registration, enrolment);
    }

    @Test
    void daysWithoutAMealPutTheElderOnTheListAndRemindTheVisitorOnce() throws Exception {
        int days = noShowDays(ZH);
        assertTrue(days >= 2, "the scenario needs a meal inside the days: " + days);
        LocalDate today = ServerClock.today();
        long site = Meals.openSite(ZH, "沾化未就餐跟进食堂");
        Diner absent = diner(ZH, "助餐未到老人", site);
        Diner eating = diner(ZH, "助餐按时老人", site);
        // both registered yesterday, the first day counted; the second elder eats today, the second day
        assertEquals(2, Db.update("UPDATE meals_registration SET created_at = created_at - INTERVAL 1 DAY "
                + "WHERE id IN (?, ?)", absent.registration(), eating.registration()));
        LocalDate first = today.minusDays(1);
        Meals.serve("zh-provider-staff", site, Meals.card(ZH, eating.registration()), "LUNCH", null);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ?", eating.elder()));

        detect(ZH, evening(first.plusDays(days - 2)));
        assertEquals(0, spells(absent.elder()), "one day short of the county's days");

        detect(ZH, evening(first.plusDays(days - 1)));
        assertEquals(1, spells(absent.elder()), days + " days without a meal");
        assertEquals(first.toString(), Db.single("SELECT absent_since FROM meals_no_show WHERE elder_id = ?",
                absent.elder()).toString());
        assertEquals(days, ((Number) Db.single("SELECT days FROM meals_no_show WHERE elder_id = ?", absent.elder()))
                .intValue());
        assertEquals(0, spells(eating.elder()), "a meal on the second day keeps the elder off the list");
        assertEquals(1, reminders(absent.enrolment()), "the visitor is reminded");
        assertEquals("zh-assistant", Db.single("SELECT recipient FROM visits_reminder WHERE enrolment_id = ? "
                + "AND kind = 'NO_SHOW'", absent.enrolment()));
        assertEquals(0, reminders(eating.enrolment()));
        JsonObject inInbox = Api.as("zh-assistant").get("/visits/inbox").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("enrolmentId").longValue()
                        == absent.enrolment() && "NO_SHOW".equals(r.getString("kind"))).findFirst().orElseThrow();
        assertEquals("助餐未到老人", inInbox.getString("elderName"));
        assertFalse(inInbox.getBoolean("read"));

        JsonObject listed = onList(Counties.ZH.staff(), absent.elder()).orElseThrow();
        assertEquals(days, listed.getInt("days"));
        assertEquals(first.toString(), listed.getString("absentSince"));
        assertTrue(!listed.containsKey("lastMealDay") || listed.isNull("lastMealDay"), "no meal since registering");
        assertEquals("沾化未就餐跟进食堂", listed.getString("homeSiteName"));
        assertTrue(onList("zh-township", absent.elder()).isPresent(), "the township office follows up too");
        assertTrue(onList(Counties.ZH.staff(), eating.elder()).isEmpty());
        for (String user : List.of("zh-assistant", "zh-provider-admin")) {
            Http.Reply r = Api.as(user).get("/meals/no-shows");
            assertEquals(403, r.status(), user + ": " + r);
            assertEquals("meals.noShow.followUpOnly", r.json().getString("code"));
        }

        assertEquals(0, detect(ZH, evening(first.plusDays(days - 1))), "a rerun finds nothing twice");
        detect(ZH, evening(first.plusDays(days)));
        assertEquals(1, spells(absent.elder()), "the same absence, a day longer");
        assertEquals(days + 1, ((Number) Db.single("SELECT days FROM meals_no_show WHERE elder_id = ?",
                absent.elder())).intValue());
        assertEquals(1, reminders(absent.enrolment()), "reminded once per absence");
        assertEquals(0, spells(eating.elder()));

        detect(ZH, evening(today.plusDays(days)));
        assertEquals(1, spells(eating.elder()), days + " days after the last meal");
        assertEquals(today.toString(), Db.single("SELECT last_meal_day FROM meals_no_show WHERE elder_id = ?",
                eating.elder()).toString());
        assertEquals(1, reminders(eating.enrolment()));
        assertEquals(today.toString(), onList(Counties.ZH.staff(), eating.elder()).orElseThrow()
                .getString("lastMealDay"));
        assertEquals(1, spells(absent.elder()));
        assertEquals(1, reminders(absent.enrolment()));
    }

    @Test
    void anotherCountysDetectionLeavesTheElderAlone() throws Exception {
        LocalDate today = ServerClock.today();
        long site = Meals.openSite(HM, "惠民未就餐隔离食堂");
        Diner hm = diner(HM, "惠民未就餐老人", site);
        assertEquals(1, Db.update("UPDATE meals_registration SET created_at = created_at - INTERVAL 10 DAY "
                + "WHERE id = ?", hm.registration()));

        detect(ZH, evening(today.plusDays(5)));
        assertEquals(0, spells(hm.elder()), "沾化区's detection does not see 惠民县's elders");
        assertEquals(0, reminders(hm.enrolment()));
        assertFalse(JsonIds.of(Api.as("zh-staff").get("/meals/no-shows"), "elderId").contains(hm.elder()));
        assertFalse(JsonIds.of(Api.as("hm-staff").get("/meals/no-shows"), "elderId").contains(hm.elder()));

        detect(HM, evening(today));
        assertEquals(1, spells(hm.elder()), "control: 惠民县's own detection finds the absence");
        assertEquals(HM, Db.single("SELECT county_code FROM meals_no_show WHERE elder_id = ?", hm.elder()));
        assertEquals(1, reminders(hm.enrolment()));
        assertTrue(JsonIds.of(Api.as("hm-staff").get("/meals/no-shows"), "elderId").contains(hm.elder()));
        assertFalse(JsonIds.of(Api.as("zh-staff").get("/meals/no-shows"), "elderId").contains(hm.elder()));
    }
}
