package org.yiyang.web.api.timebank;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.timebank.application.AccountView;
import org.yiyang.timebank.application.LedgerCommands;
import org.yiyang.timebank.application.LedgerCorrections;
import org.yiyang.timebank.application.LedgerStatements;
import org.yiyang.timebank.application.StatementView;
import org.yiyang.timebank.application.TimebankAccounts;
import org.yiyang.timebank.application.TransactionView;

/**
 * The time bank's accounts (an owner's, by id), their statements as JSON and Excel, and posted transactions with
 * their reversal by the county administrator.
 */
@Path("/timebank")
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
public class TimebankAccountResource {

    @Inject
    TimebankAccounts accounts;

    @Inject
    LedgerStatements statements;

    @Inject
    LedgerCorrections corrections;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("accounts")
    @Operation(summary = "An owner's accounts", description = "ownerKind VOLUNTEER, FAMILY, RESIDENT or POOL and "
            + "ownerId; one account per unit used (HOURS in minutes, POINTS).")
    public List<AccountView> ofOwner(@QueryParam("ownerKind") String ownerKind, @QueryParam("ownerId") Long ownerId) {
        return accounts.ofOwner(ownerKind, ownerId);
    }

    @GET
    @Path("accounts/{id}")
    public AccountView account(@PathParam("id") long id) {
        return accounts.account(id);
    }

    @GET
    @Path("accounts/{id}/statement")
    @Operation(summary = "An account's statement", description = "Its entries, oldest first, with the running "
            + "balance after each.")
    public StatementView statement(@PathParam("id") long id) {
        return accounts.statement(id);
    }

    @GET
    @Path("accounts/{id}/statement.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The statement as Excel (audited)")
    public Response statementXlsx(@PathParam("id") long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        statements.exportXlsx(id, ErrorMessages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0)), out);
        return Response.ok(out.toByteArray())
                .header("Content-Disposition", "attachment; filename=\"timebank-statement-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("transactions/{id}")
    public TransactionView transaction(@PathParam("id") long id) {
        return accounts.transaction(id);
    }

    @POST
    @Path("transactions/{id}/reversal")
    @Operation(summary = "Reverse a transaction (county administrator, with a reason)", description = "Posts its "
            + "entries negated, linked to it; the original stays. At most once; refused when a balance would go "
            + "below zero. With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "reversed",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response reverse(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") long id,
                            LedgerCommands.Reverse input) {
        LedgerCommands.Reverse in = input == null ? new LedgerCommands.Reverse(null) : input;
        return idempotent.create(key, "POST /timebank/transactions/" + id + "/reversal", in,
                () -> created(corrections.reverse(id, in)));
    }

    private IdempotentRequests.Created created(TransactionView v) {
        return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TimebankAccountResource.class)
                .path("transactions").path(String.valueOf(v.id())).build(), v);
    }
}
