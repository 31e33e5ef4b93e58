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
import org.yiyang.meals.application.CircleView;
import org.yiyang.meals.application.CircleVillageView;
import org.yiyang.meals.application.ServiceCircles;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * The 15-minute service circle of the caller's county (township staff: their township): straight-line distances of
 * the villages to the nearest open meal site under the county's urban and rural radii, the share of elders and of
 * special-hardship elders covered, and the villages outside every circle ranked for planning new sites.
 */
@Path("/meals/circle")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meal circle", description = "The 15-minute meal service circle")
@APIResponse(responseCode = "403", description = "for the county bureau and township staff",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class CircleResource {

    @Inject
    ServiceCircles circles;

    @GET
    @Operation(summary = "Shares of elders covered per township and overall; uncovered villages, most elders first")
    public CircleView circle() {
        return circles.circle();
    }

    @GET
    @Path("villages")
    @Operation(summary = "Every located village with its nearest open site, distance, radius and coverage")
    public List<CircleVillageView> villages() {
        return circles.villages();
    }
}
