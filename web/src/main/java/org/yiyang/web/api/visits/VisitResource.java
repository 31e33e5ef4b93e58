package org.yiyang.web.api.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.visits.application.AlertView;
import org.yiyang.visits.application.FollowUpInput;
import org.yiyang.visits.application.FollowUpView;
import org.yiyang.visits.application.VisitFollowUps;
import org.yiyang.visits.application.EnrolInput;
import org.yiyang.visits.application.EnrolmentView;
import org.yiyang.visits.application.ReminderView;
import org.yiyang.visits.application.VisitInput;
import org.yiyang.visits.application.Enrolments;
import org.yiyang.visits.application.VisitRecords;
import org.yiyang.visits.application.VisitReminders;
import org.yiyang.visits.application.VisitView;
import org.yiyang.visits.application.VisitorInbox;
import org.yiyang.visits.application.WeatherAlerts;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.StoredFiles;
import org.yiyang.web.api.YiyangApi;

/** Visits to special-hardship elders, for the portal and for visitors' mobile clients. */
@Path("/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "visits", description = "Visits to special-hardship elders")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not the caller's role's",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "not found for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class VisitResource {

    /** A tier decision. */
    public record TierInput(@Schema(enumeration = {"RED", "YELLOW", "BLUE"}) String tier, String reason) {
    }

    /** Why (closing a referral). */
    public record Reason(String reason) {
    }

    /** An extreme-weather alert. */
    public record AlertInput(@Schema(enumeration = {"HEAT", "COLD", "BLIZZARD", "RAINSTORM", "TYPHOON", "OTHER"})
                             String kind, List<String> townships, Instant startsAt, Instant endsAt) {
    }

    @Inject
    Enrolments enrolments;

    @Inject
    VisitRecords visitRecords;

    @Inject
    VisitorInbox visitorInbox;

    @Inject
    WeatherAlerts weatherAlerts;

    @Inject
    VisitReminders reminders;

    @Inject
    org.yiyang.visits.application.ReminderTexts texts;

    @Inject
    VisitFollowUps followUps;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Path("enrolments")
    @Operation(summary = "Enrol a special-hardship elder", description = "The risk tier is suggested by rules "
            + "(red / yellow / blue) and may be overridden with a reason.")
    public Response enrol(@HeaderParam(IdempotentRequests.HEADER) String key, EnrolInput input) {
        return idempotent.create(key, "POST /visits/enrolments", input, () -> {
            EnrolmentView e = enrolments.enrol(input);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(VisitResource.class).path("enrolments")
                    .path(String.valueOf(e.id())).build(), e);
        });
    }

    @GET
    @Path("enrolments/{id}")
    public EnrolmentView enrolment(@PathParam("id") long id) {
        return enrolments.enrolment(id);
    }

    @PUT
    @Path("enrolments/{id}/tier")
    @Operation(summary = "Set the risk tier (a reason when it differs from the suggestion)")
    public EnrolmentView tier(@PathParam("id") long id, TierInput in) {
        return enrolments.changeTier(id, in == null ? null : in.tier(), in == null ? null : in.reason());
    }

    @GET
    @Path("enrolments/{id}/visits")
    public List<VisitView> visits(@PathParam("id") long id) {
        return visitRecords.visits(id);
    }

    @POST
    @Path("enrolments/{id}/visits")
    @Operation(summary = "Record a visit", description = "With an Idempotency-Key, a replay (a mobile client "
            + "retrying) returns the first response and records nothing twice.")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response record(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                           VisitInput input) {
        return idempotent.create(key, "POST /visits/enrolments/" + id + "/visits", input, () -> {
            VisitView v = visitRecords.recordVisit(id, input);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(VisitResource.class).path("enrolments")
                    .path(String.valueOf(id)).path("visits").build(), v);
        });
    }

    @POST
    @Path("enrolments/{id}/visits/{visitId}/followups")
    @Operation(summary = "Add a follow-up to a visit", description = "ORDER creates a home-service order and "
            + "RENOVATION a renovation application through those services (their rules and roles apply); REFERRAL "
            + "records a referral. Each stays linked to the visit: the elder's chain.")
    public Response followUp(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                             @PathParam("visitId") long visitId, FollowUpInput in) {
        return idempotent.create(key, "POST /visits/enrolments/" + id + "/visits/" + visitId + "/followups", in, () ->
                new IdempotentRequests.Created(uri.getBaseUriBuilder().path(VisitResource.class).path("enrolments")
                        .path(String.valueOf(id)).path("followups").build(), followUps.add(id, visitId, in)));
    }

    @GET
    @Path("enrolments/{id}/followups")
    @Operation(summary = "The elder's chain: every follow-up of every visit and where it stands")
    public List<FollowUpView> chain(@PathParam("id") long id) {
        return followUps.chain(id);
    }

    @POST
    @Path("enrolments/{id}/followups/{followUpId}/close")
    @Operation(summary = "Close a referral with what came of it")
    public FollowUpView close(@PathParam("id") long id, @PathParam("followUpId") long followUpId, Reason r) {
        return followUps.closeReferral(id, followUpId, r == null ? null : r.reason());
    }

    @POST
    @Path("enrolments/{id}/visits/{visitId}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to a visit (the body is the file: JPEG or PNG, at most 5 MB)")
    public Response upload(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id, @PathParam("visitId") long visitId,
                           @QueryParam("fileName") String fileName, java.io.InputStream body) throws java.io.IOException {
        byte[] content = StoredFiles.body(body);
        return idempotent.create(key, "POST /visits/enrolments/" + id + "/visits/" + visitId + "/photos",
                StoredFiles.Upload.of("VISIT", fileName, content), () -> new IdempotentRequests.Created(
                        uri.getBaseUriBuilder().path(VisitResource.class).path("enrolments").path(String.valueOf(id))
                                .path("visits").path(String.valueOf(visitId)).path("photos").build(),
                        followUps.attachPhoto(id, visitId, fileName, content)));
    }

    @GET
    @Path("enrolments/{id}/visits/{visitId}/photos")
    public List<AttachmentView> photos(@PathParam("id") long id, @PathParam("visitId") long visitId) {
        return followUps.photos(id, visitId);
    }

    @GET
    @Path("enrolments/{id}/visits/{visitId}/photos/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response photo(@PathParam("id") long id, @PathParam("visitId") long visitId,
                          @PathParam("attachmentId") long attachmentId, @QueryParam("thumbnail") boolean thumbnail) {
        return StoredFiles.serve(followUps.photo(id, visitId, attachmentId, thumbnail));
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The calling visitor's list", description = "Weather must-visits first, then by due date: "
            + "overdue, today, the coming week.")
    public List<EnrolmentView> tasks() {
        return visitorInbox.myTasks();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Overdue elders of the township (of the county for the bureau)")
    public List<EnrolmentView> overdue() {
        return visitorInbox.overdue();
    }

    @GET
    @Path("inbox")
    @Operation(summary = "The caller's reminders (and the township's escalations for township staff)")
    public List<ReminderView> inbox() {
        return visitorInbox.inbox();
    }

    @POST
    @Path("inbox/{id}/read")
    public Response read(@PathParam("id") long id) {
        visitorInbox.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("alerts")
    @Operation(summary = "Declare an extreme-weather alert (county administrator)", description = "Every red-tier "
            + "elder of the townships gets a must-visit task within the county's window, reminded at once.")
    public Response declare(@HeaderParam(IdempotentRequests.HEADER) String key, AlertInput in) {
        if (in == null) {
            throw DomainException.invalid("kind", "visit.alert.kind");
        }
        Response r = idempotent.create(key, "POST /visits/alerts", in, () -> {
            AlertView a = weatherAlerts.declareAlert(in.kind(), in.townships(), in.startsAt(), in.endsAt());
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(VisitResource.class).path("alerts")
                    .path(String.valueOf(a.id())).build(), a);
        });
        // after the alert's tasks are committed: its reminders at once (unique keys: a replay adds none), texts soon
        reminders.createWeather(clock.instant());
        texts.sendSoon();
        return r;
    }

    @GET
    @Path("alerts")
    public List<AlertView> alerts() {
        return weatherAlerts.alerts();
    }

    @GET
    @Path("alerts/{id}")
    @Operation(summary = "An alert with its progress (visited / not yet)")
    public AlertView alert(@PathParam("id") long id) {
        return weatherAlerts.alert(id);
    }

    @GET
    @Path("alerts/{id}/tasks")
    public List<EnrolmentView> alertTasks(@PathParam("id") long id,
                                          @QueryParam("visited") @DefaultValue("false") boolean visited) {
        return weatherAlerts.alertTasks(id, visited);
    }
}
