package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.MealBookings;
import org.yiyang.meals.application.SiteBookingsView;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** A site's booked meals of a day, counted per meal and diet for the kitchen. */
@Path("/meals/sites/{id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such site for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class SiteBookingResource {

    @Inject
    MealBookings bookings;

    @GET
    @Operation(summary = "A site's booked meals of a day", description = "Tomorrow unless a day is given: the count "
            + "of each meal the site serves, by diet, and the bookings. For the site's operator and whoever sees the "
            + "site.")
    public SiteBookingsView day(@PathParam("id") long id,
                                @Parameter(description = "yyyy-MM-dd; tomorrow when empty") @QueryParam("day")
                                String day) {
        return bookings.siteDay(id, MealDays.parse(day, "day"));
    }
}
