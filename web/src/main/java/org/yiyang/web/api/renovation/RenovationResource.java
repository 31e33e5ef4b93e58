package org.yiyang.web.api.renovation;

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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.renovation.application.Allowances;
import org.yiyang.renovation.application.Application;
import org.yiyang.renovation.application.Applications;
import org.yiyang.renovation.application.Approvals;
import org.yiyang.renovation.application.Assessments;
import org.yiyang.renovation.application.CatalogItemView;
import org.yiyang.renovation.application.FigureRow;
import org.yiyang.renovation.application.HouseholdAllowance;
import org.yiyang.renovation.application.ItemChoice;
import org.yiyang.renovation.application.PlanBoard;
import org.yiyang.renovation.application.PlanEventView;
import org.yiyang.renovation.application.PlanPage;
import org.yiyang.renovation.application.PlanPhotos;
import org.yiyang.renovation.application.PlanQuery;
import org.yiyang.renovation.application.PlanView;
import org.yiyang.renovation.application.RenovationCatalog;
import org.yiyang.renovation.application.RenovationFigures;
import org.yiyang.renovation.application.Works;
import org.yiyang.shared.application.AttachmentView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.StoredFiles;
import org.yiyang.web.api.YiyangApi;

/**
 * Home aging-friendly renovation: applications (idempotent), assessment, approval under the household cap,
 * construction with photos, acceptance, settlement; the county's catalog; figures per township and month.
 */
@Path("/renovations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "renovations", description = "Home aging-friendly renovation")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "this step is not the caller's role's",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such plan for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "not possible in the plan's status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class RenovationResource {

    /** The body of {@code POST /renovations}. */
    @Schema(name = "RenovationApplication")
    public record ApplicationInput(Long elderId, @Schema(enumeration = {"ELDER", "FAMILY", "ASSISTANT"})
                                   String applicantKind, String applicantName, String applicantPhone, String notes) {
    }

    /** The home assessment. */
    public record Assessment(List<ItemChoice> items, String notes) {
    }

    /** The approval: who builds it. */
    public record Approval(Long contractorId) {
    }

    /** Why a plan is rejected or its work sent back. */
    public record Reason(String reason) {
    }

    /** Notes of a completion or acceptance. */
    public record Notes(String notes) {
    }

    /** A price change of a catalog item. */
    public record PriceInput(BigDecimal unitPrice, Boolean active, String reason) {
    }

    @Inject
    PlanBoard board;

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    Approvals approvals;

    @Inject
    Works works;

    @Inject
    PlanPhotos planPhotos;

    @Inject
    Allowances allowances;

    @Inject
    RenovationFigures renovationFigures;

    @Inject
    RenovationCatalog catalog;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search plans", description = "Within the caller's scope: the county, the township, or "
            + "the contractor's own work.")
    public PlanPage search(@QueryParam("status") String status, @QueryParam("township") String township,
                           @QueryParam("contractorId") Long contractorId, @QueryParam("elderId") Long elderId,
                           @QueryParam("householdId") Long householdId,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max) {
        return board.search(new PlanQuery(status, township, contractorId, elderId, householdId), first, max);
    }

    @POST
    @Operation(summary = "Apply for a renovation", description = "For an elder's household, by a grid worker, "
            + "township or bureau on behalf of the elder or family. With an Idempotency-Key, a replay returns the "
            + "first response, concurrent replays create one plan, and the same key with another body gets 422.")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response apply(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, ApplicationInput input) {
        if (input == null) {
            throw DomainException.invalid("elderId", "renovation.elder.required");
        }
        return idempotent.create(idempotencyKey, "POST /renovations", input, () -> {
            PlanView p = applications.apply(new Application(input.elderId(), input.applicantKind(),
                    input.applicantName(), input.applicantPhone(), input.notes()));
            return new IdempotentRequests.Created(
                    uri.getBaseUriBuilder().path(RenovationResource.class).path(String.valueOf(p.id())).build(), p);
        });
    }

    @GET
    @Path("catalog")
    @Operation(summary = "The county's catalog", description = "6 categories, 22 items by default, with prices.")
    public List<CatalogItemView> catalog() {
        return catalog.items();
    }

    @PUT
    @Path("catalog/{code}")
    @Operation(summary = "Change an item's price (county administrator)", description = "Plans keep the prices they "
            + "were assessed at.")
    public CatalogItemView price(@PathParam("code") String code, PriceInput input) {
        return catalog.change(code, input == null ? null : input.unitPrice(), input == null ? null : input.active(),
                input == null ? null : input.reason());
    }

    @GET
    @Path("figures")
    @Operation(summary = "Applications, completions, subsidy approved and spent per township and month")
    public List<FigureRow> figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return renovationFigures.figures(month(from, "from"), month(to, "to"));
    }

    @GET
    @Path("households/{householdId}/allowance")
    @Operation(summary = "A household's subsidy: cap, approved, remaining")
    public HouseholdAllowance householdAllowance(@PathParam("householdId") long householdId) {
        return allowances.householdAllowance(householdId);
    }

    @GET
    @Path("{id}")
    public PlanView get(@PathParam("id") long id) {
        return board.plan(id);
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "Every step of the plan: who, when, from which status to which")
    public List<PlanEventView> events(@PathParam("id") long id) {
        return board.events(id);
    }

    @GET
    @Path("{id}/allowance")
    @Operation(summary = "The household's subsidy as an approval of this plan sees it now")
    public HouseholdAllowance allowance(@PathParam("id") long id) {
        return allowances.allowance(id);
    }

    @POST
    @Path("{id}/assess")
    @Operation(summary = "Record the home assessment (bureau assessors)")
    public PlanView assess(@PathParam("id") long id, Assessment a) {
        return assessments.assess(id, a == null ? null : a.items(), a == null ? null : a.notes());
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve (county administrator)", description = "subsidy = min(total, remaining "
            + "allowance of the household), self-pay = the rest; never above the cap, also under concurrent approvals.")
    public PlanView approve(@PathParam("id") long id, Approval a) {
        return approvals.approve(id, a == null ? null : a.contractorId());
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject with a reason (county administrator)")
    public PlanView reject(@PathParam("id") long id, Reason r) {
        return approvals.reject(id, r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start the work (the contractor)")
    public PlanView start(@PathParam("id") long id) {
        return works.start(id);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the work (the contractor; before and after photos required)")
    public PlanView complete(@PathParam("id") long id, Notes n) {
        return works.complete(id, n == null ? null : n.notes());
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept the work (township staff)")
    public PlanView accept(@PathParam("id") long id, Notes n) {
        return works.accept(id, n == null ? null : n.notes());
    }

    @POST
    @Path("{id}/send-back")
    @Operation(summary = "Refuse acceptance with what to put right (township staff)")
    public PlanView sendBack(@PathParam("id") long id, Reason r) {
        return works.sendBack(id, r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/settle")
    @Operation(summary = "Settle with the contractor (county administrator)")
    public PlanView settle(@PathParam("id") long id) {
        return works.settle(id);
    }

    @GET
    @Path("{id}/photos")
    public List<AttachmentView> photos(@PathParam("id") long id) {
        return planPhotos.photos(id);
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a photo or PDF (the body is the file)", description = "purpose ASSESSMENT "
            + "(assessors), BEFORE or AFTER (the contractor). JPEG, PNG or PDF recognised by content, at most 5 MB.")
    @APIResponse(responseCode = "201", description = "stored",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public Response upload(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id, @QueryParam("purpose") String purpose,
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] content = StoredFiles.body(body);
        return idempotent.create(key, "POST /renovations/" + id + "/photos",
                StoredFiles.Upload.of(purpose, fileName, content), () -> new IdempotentRequests.Created(
                        uri.getBaseUriBuilder().path(RenovationResource.class).path(String.valueOf(id)).path("photos")
                                .build(), planPhotos.attach(id, purpose, fileName, content)));
    }

    @GET
    @Path("{id}/photos/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response photo(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return StoredFiles.serve(planPhotos.photo(id, attachmentId, false));
    }

    @GET
    @Path("{id}/photos/{attachmentId}/thumbnail")
    @Produces(MediaType.WILDCARD)
    public Response thumbnail(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return StoredFiles.serve(planPhotos.photo(id, attachmentId, true));
    }

    private static YearMonth month(String raw, String field) {
        try {
            return raw == null || raw.isBlank() ? null : YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "renovation.figures.range");
        }
    }
}
