package org.yiyang.web.api.elders;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.yiyang.elders.application.ElderPage;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.ElderView;
import org.yiyang.elders.application.RegisterElder;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The elders of the caller's county (or township). */
@Path("/elders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "elders", description = "The elder registry")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no or invalid bearer token")
@APIResponse(responseCode = "403", description = "the caller's role may not use the registry",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ElderResource {

    @Inject
    ElderRegistry registry;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List elders", description = "A page of elders ordered by name; ID numbers masked.")
    @APIResponse(responseCode = "200", description = "a page of elders",
            content = @Content(schema = @Schema(implementation = ElderPage.class)))
    public ElderPage list(@QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("50") int max) {
        return registry.listElders(first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get one elder")
    @APIResponse(responseCode = "200", description = "the elder",
            content = @Content(schema = @Schema(implementation = ElderView.class)))
    @APIResponse(responseCode = "404", description = "no such elder in the caller's county or township",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ElderView get(@PathParam("id") long id) {
        return registry.elder(id);
    }

    @POST
    @Operation(summary = "Register an elder",
            description = "Validates the ID number (length, region, birth date, check digit) and the age (60+). "
                    + "With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = ElderView.class)))
    @APIResponse(responseCode = "409", description = "the ID number is already registered in this county",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "makes retries safe: the same key and body create one elder")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            ElderInput input) {
        ElderInput body = input == null ? new ElderInput(null, null, null) : input;
        return idempotent.create(idempotencyKey, "POST /elders", body, () -> {
            ElderView created = registry.registerElder(
                    new RegisterElder(body.name(), body.idNumber(), body.villageCode()));
            return new IdempotentRequests.Created(
                    uri.getBaseUriBuilder().path(ElderResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }
}
