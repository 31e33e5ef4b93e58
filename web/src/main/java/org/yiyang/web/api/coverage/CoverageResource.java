package org.yiyang.web.api.coverage;

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
import org.yiyang.coverage.application.CountyFiguresView;
import org.yiyang.coverage.application.CoverageFigures;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The figures of the counties of a city, for its city officials: counts only, never a person. */
@Path("/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage", description = "Figures of the counties of a city")
@APIResponse(responseCode = "403", description = "for city officials",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class CoverageResource {

    @Inject
    CoverageFigures figures;

    @GET
    @Path("/counties")
    @Operation(summary = "The counties of the caller's city: registered elders and this month's activity")
    public List<CountyFiguresView> counties() {
        return figures.countiesOfMyCity();
    }
}
