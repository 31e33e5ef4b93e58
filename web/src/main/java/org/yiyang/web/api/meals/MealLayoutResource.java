package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.LayoutRowView;
import org.yiyang.meals.application.LayoutTargetInput;
import org.yiyang.meals.application.LayoutView;
import org.yiyang.meals.application.MealLayout;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The county's layout plan of meal sites (布局规划): planned against built, per township and level. */
@Path("/meals/layout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealLayoutResource {

    @Inject
    MealLayout layout;

    @GET
    @Operation(summary = "The layout plan", description = "Per township and level: sites planned, built (open now), "
            + "progress in percent and the target year; township offices and grid workers see their township.")
    public LayoutView get() {
        return layout.layout();
    }

    @PUT
    @Operation(summary = "Set the target of a township and level (county administrators)")
    public LayoutRowView set(LayoutTargetInput input) {
        return layout.setTarget(input == null ? new LayoutTargetInput(null, null, null, null) : input);
    }
}
