package org.yiyang.web.api.timebank;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.timebank.application.RegisterVolunteer;
import org.yiyang.timebank.application.VolunteerView;
import org.yiyang.timebank.application.Volunteers;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** Volunteers registered by the staff (idempotent), the decision on them, and a volunteer's own record. */
@Path("/timebank/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role or township",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such volunteer for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "the account is registered already, or not in this status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class VolunteerResource {

    @Inject
    Volunteers volunteers;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Volunteers of the caller's reach, by name", description = "Of one township, status "
            + "(PENDING, APPROVED, REJECTED, SUSPENDED) or account (username).")
    public List<VolunteerView> list(@QueryParam("township") String township, @QueryParam("status") String status,
                                    @QueryParam("username") String username) {
        return volunteers.volunteers(township, status, username);
    }

    @POST
    @Operation(summary = "Register a volunteer (county bureau, township staff of their township)", description =
            "Pending until approved. Optionally an elder of the registry (a senior volunteer) and the account. With "
                    + "an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String key, RegisterVolunteer input) {
        RegisterVolunteer in = input == null ? new RegisterVolunteer(null, null, null, null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/volunteers", in, () -> {
            VolunteerView v = volunteers.register(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(VolunteerResource.class)
                    .path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("me")
    @Operation(summary = "The calling volunteer's own record")
    public VolunteerView me() {
        return volunteers.me();
    }

    @GET
    @Path("{id}")
    public VolunteerView get(@PathParam("id") long id) {
        return volunteers.volunteer(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a pending (or suspended) volunteer")
    public VolunteerView approve(@PathParam("id") long id) {
        return volunteers.approve(id);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a pending volunteer, with a reason")
    public VolunteerView reject(@PathParam("id") long id, Reason reason) {
        return volunteers.reject(id, Reason.of(reason));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend an approved volunteer, with a reason")
    public VolunteerView suspend(@PathParam("id") long id, Reason reason) {
        return volunteers.suspend(id, Reason.of(reason));
    }
}
