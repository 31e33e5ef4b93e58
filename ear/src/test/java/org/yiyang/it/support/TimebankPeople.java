package org.yiyang.it.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Volunteers and activities for the time-bank tests, made through the API: 滨城区's volunteer account
 * {@code bc-volunteer} (no township claim) is registered once, in the county's first township, by its township
 * office and approved; volunteers without an account are registered there as well; activities are published by
 * {@code bc-township} in the county's first village, from half an hour ago for two and a half hours.
 */
public final class TimebankPeople {

    public static final String VOLUNTEER = "bc-volunteer";
    public static final String TOWNSHIP = "bc-township";

    private static final java.util.Map<String, Long> ACCOUNTS = new java.util.HashMap<>();

    private TimebankPeople() {
    }

    /** The volunteer record of {@code bc-volunteer}, registered and approved on first use. */
    public static long bcVolunteer() {
        return accountVolunteer(Counties.BC, VOLUNTEER);
    }

    /**
     * The volunteer record of a county's volunteer account ({@code <prefix>-volunteer}), registered in the county's
     * first township by its township office and approved on first use.
     */
    public static synchronized long accountVolunteer(Counties.County county, String username) {
        return ACCOUNTS.computeIfAbsent(username, u -> {
            var list = Api.as(county.staff()).get("/timebank/volunteers?username=" + u).jsonStructure()
                    .asJsonArray();
            return list.isEmpty() ? volunteer(county, county.user("township"), "志愿者" + u, u)
                    : list.getJsonObject(0).getJsonNumber("id").longValue();
        });
    }

    /** A volunteer of 滨城区's first township (with an account, or none), registered and approved by the user. */
    public static long volunteer(String user, String name, String username) {
        return volunteer(Counties.BC, user, name, username);
    }

    /** A volunteer of the county's first township, registered and approved by the user. */
    public static long volunteer(Counties.County county, String user, String name, String username) {
        Http.Reply r = Api.as(user).post("/timebank/volunteers", Elders.json("name", name, "phone", "13800000000",
                "townshipCode", county.township(), "username", username, "availability", "周末"));
        if (r.status() != 201) {
            throw new AssertionError("volunteer refused: " + r);
        }
        long id = r.json().getJsonNumber("id").longValue();
        Http.Reply approved = Api.as(user).post("/timebank/volunteers/" + id + "/approve", "{}");
        if (approved.status() != 200) {
            throw new AssertionError("approval refused: " + approved);
        }
        return id;
    }

    /** A body of an activity in 滨城区's first village, from half an hour ago for two and a half hours. */
    public static String activityBody(String title, int slots, Long elderId) {
        Instant now = ServerClock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Elders.json("title", title, "startsAt", now.minus(30, ChronoUnit.MINUTES),
                "endsAt", now.plus(2, ChronoUnit.HOURS), "villageCode", Counties.BC.village(), "slots", slots,
                "elderId", elderId);
    }

    /** An activity published by {@code bc-township}; its id. */
    public static long activity(String title, int slots, Long elderId) {
        Http.Reply r = Api.as(TOWNSHIP).post("/timebank/activities", activityBody(title, slots, elderId));
        if (r.status() != 201) {
            throw new AssertionError("activity refused: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }

    /** {@code bc-volunteer} signs up for the activity, checks in and checks out. */
    public static void takePart(long activity) {
        bcVolunteer();
        expect(201, Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/signups", "{}"));
        expect(200, Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/check-in", "{}"));
        expect(200, Api.as(VOLUNTEER).post("/timebank/activities/" + activity + "/check-out", "{}"));
    }

    /** {@code bc-volunteer} records the minutes for the activity. */
    public static Http.Reply record(long activity, int minutes) {
        return Api.as(VOLUNTEER).post("/timebank/hours", Elders.json("activityId", activity, "minutes", minutes,
                "note", "陪伴聊天"));
    }

    /** {@code bc-volunteer} takes part in a new activity and records the minutes; the pending entry's id. */
    public static long pendingEntry(String title, int minutes, Long elderId) {
        long activity = activity(title, 3, elderId);
        takePart(activity);
        return expect(201, record(activity, minutes)).json().getJsonNumber("id").longValue();
    }

    /** A DELETE through the API as the user. */
    public static Http.Reply delete(String user, String path) {
        Orders.ensureProviderOf(user);
        return Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl()
                        + "/api/v1" + path)).timeout(java.time.Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN").DELETE().build());
    }

    static Http.Reply expect(int status, Http.Reply r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ": " + r);
        }
        return r;
    }
}
