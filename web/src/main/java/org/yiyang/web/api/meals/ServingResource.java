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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.MealServings;
import org.yiyang.meals.application.RecordServing;
import org.yiyang.meals.application.ServingDayView;
import org.yiyang.meals.application.ServingQueries;
import org.yiyang.meals.application.ServingView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * The meal ledger, for the operators' terminals: record a meal (idempotent: a terminal that retries after a network
 * drop records one meal), a site's day with the count per meal, one entry, and reversals.
 */
@Path("/meals/servings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input, or a meal card that is refused",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such site or serving for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ServingResource {

    /** Why a serving is reversed. */
    public record Reason(String reason) {
    }

    @Inject
    MealServings servings;

    @Inject
    ServingQueries queries;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Record a meal (the site operator's staff)", description = "At one of the operator's open "
            + "sites, for a meal it serves; the elder by the card's token, or by the last four characters of the ID "
            + "number and the name. Priced under the subsidy table in force today for the elder's age band and "
            + "economic status, recording the table version. One subsidised meal per elder, meal and day in the "
            + "whole county: a second one is refused with 409 (meals.serving.alreadySubsidised) and may be recorded "
            + "again with fullPrice=true. With an Idempotency-Key, a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = ServingView.class)))
    @APIResponse(responseCode = "409", description = "the elder had the meal's subsidised serving today already",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response record(@HeaderParam(IdempotentRequests.HEADER) String key, RecordServing input) {
        RecordServing in = input == null ? new RecordServing(null, null, null, null, null, null, null) : input;
        return idempotent.create(key, "POST /meals/servings", in, () -> created(servings.record(in)));
    }

    @GET
    @Operation(summary = "A site's day", description = "Every entry of the site on the day (reversals included) and "
            + "the standing meals per meal, subsidised among them.")
    public ServingDayView day(@QueryParam("site") Long site,
                              @Parameter(description = "yyyy-MM-dd; today when empty") @QueryParam("day") String day) {
        if (site == null) {
            throw DomainException.invalid("site", "meals.serving.site.required");
        }
        return queries.day(site, MealDays.parse(day, "day"));
    }

    @GET
    @Path("{id}")
    public ServingView get(@PathParam("id") long id) {
        return queries.serving(id);
    }

    @POST
    @Path("{id}/reverse")
    @Operation(summary = "Reverse a serving (its operator or the county administrator)", description = "A negated "
            + "entry linked to it, with the reason; the elder's subsidised meal is given back. At most once.")
    @APIResponse(responseCode = "201", description = "the reversal entry",
            content = @Content(schema = @Schema(implementation = ServingView.class)))
    @APIResponse(responseCode = "409", description = "reversed already, or itself a reversal",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response reverse(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                            Reason reason) {
        Reason r = reason == null ? new Reason(null) : reason;
        return idempotent.create(key, "POST /meals/servings/" + id + "/reverse", r,
                () -> created(servings.reverse(id, r.reason())));
    }

    private IdempotentRequests.Created created(ServingView v) {
        return new IdempotentRequests.Created(
                uri.getBaseUriBuilder().path(ServingResource.class).path(String.valueOf(v.id())).build(), v);
    }
}
