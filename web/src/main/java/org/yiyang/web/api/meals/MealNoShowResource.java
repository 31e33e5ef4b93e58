package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.MealNoShows;
import org.yiyang.meals.application.NoShowView;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The follow-up list: elders registered for daily meals who have not come for the county's number of days. */
@Path("/meals/no-shows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealNoShowResource {

    @Inject
    MealNoShows noShows;

    @GET
    @Operation(summary = "Elders who stopped coming to meals (bureau, township offices)", description = "Registered "
            + "for daily meals, without a meal for the county's meals.noShowDays (3 by default), as the daily "
            + "detection found them; an elder leaves the list with the next meal. Longest absent first; a township "
            + "office sees its township's.")
    public List<NoShowView> list() {
        return noShows.noShows();
    }
}
