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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.timebank.application.Activities;
import org.yiyang.timebank.application.ActivityView;
import org.yiyang.timebank.application.PublishActivity;
import org.yiyang.timebank.application.SignupView;
import org.yiyang.timebank.application.Signups;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Activities: published (idempotent), closed and cancelled by the organiser; sign-ups (idempotent) and their
 * cancellation; a volunteer's check-in and check-out, which a phone may repeat (a repeat changes nothing).
 */
@Path("/timebank/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role, township or team",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such activity for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "full, signed up already, or not in this status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ActivityResource {

    /** Whom the organiser signs up (or whose sign-up they cancel); empty for the calling volunteer. */
    public record SignupFor(Long volunteerId) {
    }

    @Inject
    Activities activities;

    @Inject
    Signups signups;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Activities, latest first", description = "A volunteer's: of the whole county, open ones "
            + "unless a status (OPEN, CLOSED, CANCELLED) is named; the staff's: of their reach.")
    public List<ActivityView> list(@QueryParam("township") String township, @QueryParam("status") String status) {
        return activities.activities(township, status);
    }

    @POST
    @Operation(summary = "Publish an activity (township staff and assistants of the township, team leaders)",
            description = "With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "published",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response publish(@HeaderParam(IdempotentRequests.HEADER) String key, PublishActivity input) {
        PublishActivity in = input == null ? new PublishActivity(null, null, null, null, null, null, null, null)
                : input;
        return idempotent.create(key, "POST /timebank/activities", in, () -> {
            ActivityView a = activities.publish(in);
            return new IdempotentRequests.Created(location(a.id()), a);
        });
    }

    @GET
    @Path("{id}")
    public ActivityView get(@PathParam("id") long id) {
        return activities.activity(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the activity to sign-ups (the organiser)")
    public ActivityView close(@PathParam("id") long id) {
        return activities.close(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel the activity, with a reason (the organiser)")
    public ActivityView cancel(@PathParam("id") long id, Reason reason) {
        return activities.cancel(id, Reason.of(reason));
    }

    @GET
    @Path("{id}/signups")
    @Operation(summary = "The activity's sign-ups (the organiser, the staff of its reach)")
    public List<SignupView> signups(@PathParam("id") long id) {
        return activities.signups(id);
    }

    @POST
    @Path("{id}/signups")
    @Operation(summary = "Sign up for the activity", description = "The calling volunteer, or (the organiser) the "
            + "volunteer named. Slots are never exceeded. With an Idempotency-Key, a replay returns the first "
            + "response.")
    @APIResponse(responseCode = "201", description = "signed up",
            content = @Content(schema = @Schema(implementation = SignupView.class)))
    public Response signUp(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                           SignupFor input) {
        SignupFor in = input == null ? new SignupFor(null) : input;
        return idempotent.create(key, "POST /timebank/activities/" + id + "/signups", in, () ->
                new IdempotentRequests.Created(uri.getBaseUriBuilder().path(ActivityResource.class)
                        .path(String.valueOf(id)).path("signups").build(), signups.signUp(id, in.volunteerId())));
    }

    @POST
    @Path("{id}/signups/cancel")
    @Operation(summary = "Give the place back before checking in", description = "The calling volunteer's, or (the "
            + "organiser) the named volunteer's.")
    public SignupView cancelSignup(@PathParam("id") long id, SignupFor input) {
        return signups.cancel(id, input == null ? null : input.volunteerId());
    }

    @POST
    @Path("{id}/check-in")
    @Operation(summary = "The calling volunteer checks in", description = "From two hours before the start until the "
            + "end. A repeated check-in answers the same and changes nothing.")
    public SignupView checkIn(@PathParam("id") long id) {
        return signups.checkIn(id);
    }

    @POST
    @Path("{id}/check-out")
    @Operation(summary = "The calling volunteer checks out", description = "After checking in. A repeated check-out "
            + "answers the same and changes nothing.")
    public SignupView checkOut(@PathParam("id") long id) {
        return signups.checkOut(id);
    }

    private URI location(long id) {
        return uri.getBaseUriBuilder().path(ActivityResource.class).path(String.valueOf(id)).build();
    }
}
