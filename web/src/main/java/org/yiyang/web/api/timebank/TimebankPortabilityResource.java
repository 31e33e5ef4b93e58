package org.yiyang.web.api.timebank;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;
import org.yiyang.timebank.application.PortView;
import org.yiyang.timebank.application.Portability;

/** Moving a volunteer's banked hours to another county of the same city (bureau), exactly once. */
@Path("/timebank/portability")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such record in the caller's county",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "the balance or stock does not allow it, or done already",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class TimebankPortabilityResource {

    @Inject
    Portability portability;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Move a volunteer's banked hours to another county of the city", description = "Debits "
            + "the whole balance here with an outbox row (one transaction), then credits the volunteer's account in "
            + "the target county with an inbox row (its own transaction), at once or by the job: DELIVERED or "
            + "PENDING.")
    @APIResponse(responseCode = "201", description = "sent",
            content = @Content(schema = @Schema(implementation = PortView.class)))
    public Response move(@HeaderParam(IdempotentRequests.HEADER) String key, PortView.Move input) {
        PortView.Move in = input == null ? new PortView.Move(null, null, null) : input;
        return idempotent.create(key, "POST /timebank/portability", in, () -> {
            PortView v = portability.move(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TimebankPortabilityResource.class)
                    .path(v.transferId()).build(), v);
        });
    }

    @GET
    @Path("{transferId}")
    public PortView transfer(@PathParam("transferId") String transferId) {
        return portability.transfer(transferId);
    }
}
