package org.yiyang.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The server's clock, as every rule of the platform reads it: tests take "today" and "this month" from here,
 * never from the machine they run on, so that a run across Shanghai midnight stays right.
 */
@Path("/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockProbe {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Clock clock;

    @GET
    public JsonObject now() {
        Instant now = clock.instant();
        return Json.createObjectBuilder().add("instant", now.toString())
                .add("today", LocalDate.ofInstant(now, ZONE).toString()).build();
    }
}
