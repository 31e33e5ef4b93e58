package org.yiyang.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.VisitReminders;

/**
 * Runs the visit reminder steps of a county as if it were a given moment (the clock is a parameter here, as
 * the job passes its clock's instant), so scheduled behaviour is tested without sleeping. {@code step=due}
 * runs only the first step: a run that crashed after it.
 */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitProbe {

    @Inject
    VisitReminders reminders;

    @POST
    @Path("/reminders")
    public JsonObject run(@QueryParam("county") String county, @QueryParam("at") String at,
                          @QueryParam("step") String step) {
        Instant now = Instant.parse(at);
        if ("due".equals(step)) {
            int due = TenantScope.callForCounty(county, () -> reminders.createDue(now));
            return Json.createObjectBuilder().add("due", due).build();
        }
        VisitReminders.Run r = TenantScope.callForCounty(county, () -> reminders.run(now));
        return Json.createObjectBuilder().add("due", r.due()).add("overdue", r.overdue())
                .add("escalations", r.escalations()).add("weather", r.weather()).add("sms", r.sms()).build();
    }

    /** Sends at most {@code max} of the county's unsent reminder texts as of a moment. */
    @POST
    @Path("/sms")
    public JsonObject sms(@QueryParam("county") String county, @QueryParam("at") String at, @QueryParam("max") int max) {
        int sent = TenantScope.callForCounty(county, () -> reminders.sendSms(Instant.parse(at), max));
        return Json.createObjectBuilder().add("sent", sent).build();
    }
}
