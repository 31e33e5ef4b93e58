package org.yiyang.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "Today" and "this month" as the server's clock says (Asia/Shanghai), asked at the moment a test needs them,
 * never computed on the test machine or when a class loads.
 */
public final class ServerClock {

    private ServerClock() {
    }

    private static JsonObject now() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/it-probe/clock"))
                .timeout(Duration.ofSeconds(30)).GET().build());
        if (r.status() != 200) {
            throw new IllegalStateException("the server's clock did not answer: " + r);
        }
        return r.json();
    }

    public static LocalDate today() {
        return LocalDate.parse(now().getString("today"));
    }

    public static YearMonth month() {
        return YearMonth.from(today());
    }

    public static Instant instant() {
        return Instant.parse(now().getString("instant"));
    }
}
