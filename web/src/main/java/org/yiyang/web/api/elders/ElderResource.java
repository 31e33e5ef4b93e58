package org.yiyang.web.api.elders;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.yiyang.shared.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.elders.application.AuditEntryView;
import org.yiyang.elders.application.ElderDetailView;
import org.yiyang.elders.application.ElderExport;
import org.yiyang.elders.application.ElderPage;
import org.yiyang.elders.application.ElderQueries;
import org.yiyang.elders.application.ElderQuery;
import org.yiyang.elders.application.ElderRegistry;
import org.yiyang.elders.application.Households;
import org.yiyang.elders.application.RegisterElder;
import org.yiyang.elders.application.UpdateElder;
import org.yiyang.shared.application.ErrorMessages;
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
@APIResponse(responseCode = "403", description = "the caller's role may not do this",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such elder in the caller's county or township",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ElderResource {

    @Inject
    ElderRegistry registry;

    @Inject
    Households households;

    @Inject
    ElderQueries queries;

    @Inject
    ElderExport export;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Search elders", description = "A page of elders ordered by name; ID numbers masked.")
    @APIResponse(responseCode = "200", description = "a page of elders",
            content = @Content(schema = @Schema(implementation = ElderPage.class)))
    public ElderPage search(@Parameter(description = "beginning of the name") @QueryParam("name") String name,
                            @Parameter(description = "the last 4 characters of the ID number (by the whole number: POST /elders/lookup)")
                            @QueryParam("idNumber") String idNumber,
                            @QueryParam("township") String township, @QueryParam("village") String village,
                            @Parameter(description = "SPECIAL_HARDSHIP, ADVANCED_AGE, WIDOWED_CHILDLESS, DISABLED, "
                                    + "ECONOMIC_HARDSHIP, FAMILY_PLANNING_SPECIAL, LIVING_ALONE, DEPENDENT")
                            @QueryParam("category") String category,
                            @Parameter(description = "FROM_60_TO_69, FROM_70_TO_79, FROM_80_TO_89, FROM_90")
                            @QueryParam("ageBand") String ageBand,
                            @Parameter(description = "ACTIVE (default), DECEASED, MOVED_AWAY")
                            @QueryParam("status") String status,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("50") int max) {
        return queries.searchElders(new ElderQuery(name, lastFourOnly(idNumber), township, village, category, ageBand,
                status), first, max);
    }

    /** The whole ID number travels in a request body, never in an address that proxies and histories keep. */
    public record Lookup(String idNumber) {
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find an elder by the whole ID number",
            description = "The number is sent in the body (never in the URL); the answer is a page of at most one elder, "
                    + "with the number masked.")
    @APIResponse(responseCode = "200", description = "a page of elders",
            content = @Content(schema = @Schema(implementation = ElderPage.class)))
    public ElderPage lookup(Lookup body) {
        String number = body == null || body.idNumber() == null ? "" : body.idNumber().strip();
        if (number.length() != 18) {
            throw DomainException.invalid("idNumber", "idNumber.length", number.length());
        }
        return queries.searchElders(new ElderQuery(null, number, null, null, null, null, null), 0, 1);
    }

    /** A URL may carry at most the last four characters of an ID number. */
    static String lastFourOnly(String idNumber) {
        if (idNumber != null && !idNumber.isBlank() && idNumber.strip().length() > 4) {
            throw DomainException.invalid("idNumber", "elder.search.idNumberInUrl");
        }
        return idNumber;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One elder's record", description = "Recorded as a sensitive access in the audit log.")
    @APIResponse(responseCode = "200", description = "the elder",
            content = @Content(schema = @Schema(implementation = ElderDetailView.class)))
    public ElderDetailView get(@PathParam("id") long id) {
        return queries.elder(id);
    }

    @POST
    @Operation(summary = "Register an elder",
            description = "Validates the ID number (length, region, birth date, check digit) and the age (60+). "
                    + "With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = ElderDetailView.class)))
    @APIResponse(responseCode = "409", description = "the ID number is already registered in this county",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "makes retries safe: the same key and body create one elder")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            ElderInput input) {
        ElderInput body = input == null ? ElderInput.empty() : input;
        return idempotent.create(idempotencyKey, "POST /elders", body, () -> {
            ElderDetailView created = registry.registerElder(new RegisterElder(body.name(), body.idNumber(),
                    body.villageCode(), body.address(), body.householdNo(), body.details()));
            return new IdempotentRequests.Created(
                    uri.getBaseUriBuilder().path(ElderResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an elder's name and recorded attributes",
            description = "Send the version you read; a change by someone else in between answers 409.")
    @APIResponse(responseCode = "200", description = "changed",
            content = @Content(schema = @Schema(implementation = ElderDetailView.class)))
    @APIResponse(responseCode = "409", description = "changed by someone else meanwhile",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ElderDetailView update(@PathParam("id") long id, ElderInput input) {
        ElderInput body = input == null ? ElderInput.empty() : input;
        return registry.updateElder(new UpdateElder(id, body.version(), body.name(), body.details()));
    }

    /** Where the household lives. */
    public record Residence(String villageCode, String address) {
    }

    @PUT
    @Path("{id}/residence")
    @Operation(summary = "The elder's household moved (all its members move)")
    public ElderDetailView moveHousehold(@PathParam("id") long id, Residence residence) {
        Residence r = residence == null ? new Residence(null, null) : residence;
        return households.moveHousehold(id, r.villageCode(), r.address());
    }

    /** The household an elder belongs to. */
    public record HouseholdNumber(String householdNo) {
    }

    @PUT
    @Path("{id}/household")
    @Operation(summary = "The elder joins another household (by household number)")
    public ElderDetailView changeHousehold(@PathParam("id") long id, HouseholdNumber household) {
        return households.changeHousehold(id, household == null ? null : household.householdNo());
    }

    /** Whether the county still serves the elder. */
    public record Status(@Schema(enumeration = {"ACTIVE", "DECEASED", "MOVED_AWAY"}) String status) {
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Record a death or a move away (records are never deleted)")
    public ElderDetailView changeStatus(@PathParam("id") long id, Status status) {
        return registry.changeStatus(id, status == null ? null : status.status());
    }

    @POST
    @Path("{id}/id-number")
    @Operation(summary = "Reveal the full ID number",
            description = "For county administrators, bureau staff and township staff only; every reveal is audited.")
    @APIResponse(responseCode = "200", description = "{\"idNumber\": \"...\"}")
    public Map<String, String> reveal(@PathParam("id") long id) {
        return Map.of("idNumber", queries.revealIdNumber(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The elder's audit trail: changes and reveals, newest first")
    public List<AuditEntryView> history(@PathParam("id") long id) {
        return queries.history(id);
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The (masked) list as Excel", description = "Same filters as the search; audited.")
    public Response exportXlsx(@QueryParam("name") String name, @QueryParam("idNumber") String idNumber,
                               @QueryParam("township") String township, @QueryParam("village") String village,
                               @QueryParam("category") String category, @QueryParam("ageBand") String ageBand,
                               @QueryParam("status") String status) {
        ElderQuery q = new ElderQuery(name, lastFourOnly(idNumber), township, village, category, ageBand, status);
        var locale = ErrorMessages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        export.exportXlsx(q, locale, out);
        return Response.ok(out.toByteArray()).header("Content-Disposition", "attachment; filename=\"elders.xlsx\"")
                .build();
    }
}
