package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.MealSiteView;
import org.yiyang.meals.application.MealSites;
import org.yiyang.meals.application.SiteInput;
import org.yiyang.meals.application.SiteStatusChange;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The county's meal sites (孝善食堂, 老年餐桌, 助餐点): register (idempotent), change, open, suspend, close, list. */
@Path("/meals/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals", description = "Meal assistance: sites, layout plan, subsidy table, registrations, servings")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such site for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "not possible in the site's status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealSiteResource {

    @Inject
    MealSites sites;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Meal sites", description = "The bureau: all of the county; township offices and grid "
            + "workers: their township's; an operator: its own. Optionally of one township, status or type.")
    public List<MealSiteView> list(@QueryParam("township") String township, @QueryParam("status") String status,
                                   @QueryParam("type") String type) {
        return sites.sites(township, status, type);
    }

    @POST
    @Operation(summary = "Register a meal site (county administrators)", description = "Planned at first. The "
            + "operator is a provider doing meals that serves the village's township. With an Idempotency-Key, a "
            + "replay returns the first response and concurrent replays register one site.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = MealSiteView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String key, SiteInput input) {
        SiteInput in = input == null ? empty() : input;
        return idempotent.create(key, "POST /meals/sites", in, () -> {
            MealSiteView v = sites.register(in);
            return new IdempotentRequests.Created(
                    uri.getBaseUriBuilder().path(MealSiteResource.class).path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("{id}")
    public MealSiteView get(@PathParam("id") long id) {
        return sites.site(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a meal site (county administrators; not once it is closed)")
    public MealSiteView change(@PathParam("id") long id, SiteInput input) {
        return sites.change(id, input == null ? empty() : input);
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Open, suspend or close a meal site (county administrators)", description = "OPEN from "
            + "PLANNED or SUSPENDED, SUSPENDED from OPEN, CLOSED from any but CLOSED; never back to PLANNED.")
    public MealSiteView status(@PathParam("id") long id, SiteStatusChange change) {
        return sites.changeStatus(id, change == null ? new SiteStatusChange(null, null) : change);
    }

    private static SiteInput empty() {
        return new SiteInput(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
