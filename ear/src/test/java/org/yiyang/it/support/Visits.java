package org.yiyang.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Enrolments and the reminder probe for the visit tests. */
public final class Visits {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Visits() {
    }

    /** Today as the server's clock says (Asia/Shanghai). */
    public static LocalDate today() {
        return ServerClock.today();
    }

    /** Noon (Beijing time) of the day so many days from today. */
    public static Instant noonIn(int days) {
        return today().plusDays(days).atTime(12, 0).atZone(ZONE).toInstant();
    }

    /** A special-hardship elder of the county's first township (市中街道 / 孙武街道), self-care as given. */
    public static long elder(String county, String name, String selfCare) {
        Counties.County c = Counties.of(county);
        String village = c.village();
        String admin = c.admin();
        return Elders.register(admin, name, Ids.elderBornIn(county, 1950), village, "economicStatus", "SUBSISTENCE",
                "selfCare", selfCare);
    }

    /** Enrols an elder (as the county's staff) with the county's village assistant as visitor. */
    public static JsonObject enrol(String county, long elderId) {
        String p = Counties.of(county).prefix();
        Http.Reply r = Api.as(p + "-staff").post("/visits/enrolments", Elders.json("elderId", elderId,
                "visitorUsername", p + "-assistant", "visitorName", "刘网格", "visitorPhone", "13905439999"));
        if (r.status() != 201) {
            throw new AssertionError("enrolment refused: " + r);
        }
        return r.json();
    }

    /** Runs the county's reminders as of a moment ({@code step=due}: only the first step, then "crash"). */
    public static JsonObject remind(String county, Instant at, String step) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl()
                + "/it-probe/visits/reminders?county=" + county + "&at=" + at + (step == null ? "" : "&step=" + step)))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.status() != 200) {
            throw new AssertionError("reminder run failed: " + r);
        }
        return r.json();
    }
}
