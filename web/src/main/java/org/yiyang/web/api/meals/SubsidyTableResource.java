package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.NewSubsidyTable;
import org.yiyang.meals.application.SubsidyTableView;
import org.yiyang.meals.application.SubsidyTables;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * The county's meal subsidy table, versioned: per age band and economic status the elder's part, the county's
 * subsidy, the city's part and charity's part of the meal price. Without a table of its own a county has the
 * national default (version 0): 8.00 yuan = elder 3.00 + county 5.00 for every elder.
 */
@Path("/meals/subsidy-table")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "changes are for county administrators",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class SubsidyTableResource {

    @Inject
    SubsidyTables tables;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The table in force on a day (today when empty)")
    public SubsidyTableView inForce(@Parameter(description = "yyyy-MM-dd") @QueryParam("on") String on) {
        return tables.inForce(MealDays.parse(on, "on"));
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every version, newest first; the national default last")
    public List<SubsidyTableView> versions() {
        return tables.versions();
    }

    @GET
    @Path("versions/{version}")
    @APIResponse(responseCode = "404", description = "no such version",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SubsidyTableView version(@PathParam("version") int version) {
        return tables.version(version);
    }

    @POST
    @Operation(summary = "Publish a new version (county administrators)", description = "Effective today or later, "
            + "with a reason; every row's parts add up to the price; a band and status without a row pay the whole "
            + "price. Servings record the version they were priced under.")
    @APIResponse(responseCode = "201", description = "the new version",
            content = @Content(schema = @Schema(implementation = SubsidyTableView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response publish(@HeaderParam(IdempotentRequests.HEADER) String key, NewSubsidyTable input) {
        NewSubsidyTable in = input == null ? new NewSubsidyTable(null, null, null, null) : input;
        return idempotent.create(key, "POST /meals/subsidy-table", in, () -> {
            SubsidyTableView v = tables.publish(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(SubsidyTableResource.class)
                    .path("versions").path(String.valueOf(v.version())).build(), v);
        });
    }
}
