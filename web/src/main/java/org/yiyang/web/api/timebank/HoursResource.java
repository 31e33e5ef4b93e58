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
import org.yiyang.timebank.application.HoursEntries;
import org.yiyang.timebank.application.HoursView;
import org.yiyang.timebank.application.RecordHours;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Volunteers' hours: recorded by the volunteer (idempotent, for a phone), verified or rejected by the organiser or
 * the served elder's proxy, reversed by the organiser when a verified entry was wrong.
 */
@Path("/timebank/hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input: 0, negative, under the minimum, over the day's limit",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not the volunteer, the organiser or the elder's proxy",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such entry for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "not taken part, recorded already, or not in this status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class HoursResource {

    @Inject
    HoursEntries hours;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Hours entries, newest first", description = "A volunteer's own; the staff's and "
            + "organisers' of their activities, or of one (activity=, the verification queue with status=PENDING).")
    public List<HoursView> list(@QueryParam("activity") Long activity, @QueryParam("status") String status) {
        return hours.entries(activity, status);
    }

    @POST
    @Operation(summary = "Record the minutes of an activity the calling volunteer checked in and out of",
            description = "County rules: at least timebank.minEntryMinutes, and the day's entries at most "
                    + "timebank.maxMinutesPerDay. With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "recorded, pending verification",
            content = @Content(schema = @Schema(implementation = HoursView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response record(@HeaderParam(IdempotentRequests.HEADER) String key, RecordHours input) {
        RecordHours in = input == null ? new RecordHours(null, null, null) : input;
        return idempotent.create(key, "POST /timebank/hours", in, () -> {
            HoursView h = hours.record(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(HoursResource.class)
                    .path(String.valueOf(h.id())).build(), h);
        });
    }

    @GET
    @Path("{id}")
    public HoursView get(@PathParam("id") long id) {
        return hours.entry(id);
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Verify the entry (the organiser, or the served elder's proxy: recorded as by proxy)")
    public HoursView verify(@PathParam("id") long id) {
        return hours.verify(id);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject the entry, with a reason (the organiser or the served elder's proxy)")
    public HoursView reject(@PathParam("id") long id, Reason reason) {
        return hours.reject(id, Reason.of(reason));
    }

    @POST
    @Path("{id}/reverse")
    @Operation(summary = "Reverse a verified entry found wrong, with a reason (the organiser)", description = "The "
            + "entry is kept as reversed, never changed; the volunteer records the right minutes anew.")
    public HoursView reverse(@PathParam("id") long id, Reason reason) {
        return hours.reverse(id, Reason.of(reason));
    }
}
