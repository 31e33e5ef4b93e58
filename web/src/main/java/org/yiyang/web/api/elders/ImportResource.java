package org.yiyang.web.api.elders;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.elders.application.ImportReportView;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;
import org.yiyang.elders.application.ImportTemplate;

/**
 * Bulk import of a register: upload a file (the body is the file: Excel .xlsx or CSV), read the report,
 * commit. Nothing is registered until the commit, and the commit registers every row or none.
 */
@Path("/elders/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "elder imports", description = "Bulk import of an existing register")
@APIResponse(responseCode = "400", description = "an unreadable file",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "only county administrators and bureau staff import",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    /** An import's report with the errors in the caller's language. */
    @Schema(name = "ImportReport")
    public record Report(long id, String fileName, String state, int totalRows, int validRows, int errorCount,
                         int imported, List<RowError> errors) {
    }

    /** One row's problem. */
    @Schema(name = "ImportRowError")
    public record RowError(int row, String column, String code, String message) {
    }

    /** What the fingerprint of an upload is made of (the file's hash, not its bytes). */
    public record Fingerprint(String fileName, String sha256) {
    }

    @Inject
    ElderImports imports;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload and validate a register", description = "The body is the file. Answers the report; "
            + "state VALIDATED (can be committed) or REJECTED (see the errors, nothing registered).")
    @APIResponse(responseCode = "201", description = "the report",
            content = @Content(schema = @Schema(implementation = Report.class)))
    public Response upload(@Parameter(description = "the file's name, for the report") @QueryParam("fileName")
                           String fileName, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           java.io.InputStream content) throws java.io.IOException {
        imports.checkImporter();   // who may import is decided before a byte of the file is read
        byte[] body = content == null ? new byte[0] : content.readNBytes(ElderImports.MAX_FILE_BYTES + 1);
        return idempotent.create(idempotencyKey, "POST /elders/imports", new Fingerprint(fileName, sha256(body)), () -> {
            ImportReportView r = imports.upload(fileName, body, n -> { });
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(ImportResource.class)
                    .path(String.valueOf(r.id())).build(), report(r));
        });
    }

    @GET
    @Operation(summary = "The county's recent imports")
    public List<Report> recent() {
        return imports.recent(20).stream().map(this::report).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's report")
    public Report get(@PathParam("id") long id) {
        return report(imports.report(id));
    }

    @POST
    @Path("{id}/commit")
    @Operation(summary = "Register every row of a validated import",
            description = "Validated again first; if anything is wrong now, the import becomes REJECTED and nothing "
                    + "is registered.")
    public Report commit(@PathParam("id") long id) {
        return report(imports.commit(id, n -> { }));
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(summary = "An empty register with the expected columns (CSV, UTF-8)")
    public Response templateCsv() {
        return Response.ok(ImportTemplate.csv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"elders-template.csv\"").build();
    }

    @GET
    @Path("template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "An empty register with the expected columns (Excel)")
    public Response templateXlsx() {
        return Response.ok(ImportTemplate.xlsx())
                .header("Content-Disposition", "attachment; filename=\"elders-template.xlsx\"").build();
    }

    private Report report(ImportReportView r) {
        Locale locale = ErrorMessages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        return new Report(r.id(), r.fileName(), r.state(), r.totalRows(), r.validRows(), r.errorCount(), r.imported(),
                r.errors().stream().map(e -> new RowError(e.row(), e.column(), e.messageKey(),
                        ErrorMessages.format(e.messageKey(), locale, e.args().toArray()))).toList());
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
