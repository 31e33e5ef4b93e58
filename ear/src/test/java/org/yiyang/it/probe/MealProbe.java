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
import org.yiyang.meals.application.MealNoShows;
import org.yiyang.tenancy.TenantScope;

/**
 * Runs the daily no-show detection of a county as if it were a given moment (the clock is a parameter here, as the
 * job passes its clock's instant), so that days without a meal are tested without waiting for them.
 */
@Path("/meals")
@Produces(MediaType.APPLICATION_JSON)
public class MealProbe {

    @Inject
    MealNoShows noShows;

    @POST
    @Path("/no-shows")
    public JsonObject detect(@QueryParam("county") String county, @QueryParam("at") String at) {
        Instant now = Instant.parse(at);
        int detected = TenantScope.callForCounty(county, () -> noShows.detect(now));
        return Json.createObjectBuilder().add("detected", detected).build();
    }
}
