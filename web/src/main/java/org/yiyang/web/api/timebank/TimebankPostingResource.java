package org.yiyang.web.api.timebank;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.yiyang.timebank.application.HoursExchanges;
import org.yiyang.timebank.application.LedgerCommands;
import org.yiyang.timebank.application.LedgerCorrections;
import org.yiyang.timebank.application.TransactionView;

/**
 * Postings at a holder's request or by staff, each idempotent with an Idempotency-Key: redemptions of banked hours,
 * transfers, donations to the county pool, the county administrator's adjustments, awards of points.
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
@APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class TimebankPostingResource {

    @Inject
    HoursExchanges exchanges;

    @Inject
    LedgerCorrections corrections;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @POST
    @Path("redemptions")
    @Operation(summary = "Redeem banked hours for a service", description = "From a VOLUNTEER's or linked FAMILY "
            + "account, minutes for the service the reference names; never below zero.")
    @APIResponse(responseCode = "201", description = "redeemed",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response redeem(@HeaderParam(IdempotentRequests.HEADER) String key, LedgerCommands.Redeem input) {
        LedgerCommands.Redeem in = input == null ? new LedgerCommands.Redeem(null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/redemptions", in, () -> created(exchanges.redeem(in)));
    }

    @POST
    @Path("transfers")
    @Operation(summary = "Transfer between two holders' accounts of one unit")
    @APIResponse(responseCode = "201", description = "transferred",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response transfer(@HeaderParam(IdempotentRequests.HEADER) String key, LedgerCommands.Transfer input) {
        LedgerCommands.Transfer in = input == null
                ? new LedgerCommands.Transfer(null, null, null, null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/transfers", in, () -> created(exchanges.transfer(in)));
    }

    @POST
    @Path("donations")
    @Operation(summary = "Donate to the county pool")
    @APIResponse(responseCode = "201", description = "donated",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response donate(@HeaderParam(IdempotentRequests.HEADER) String key, LedgerCommands.Donate input) {
        LedgerCommands.Donate in = input == null ? new LedgerCommands.Donate(null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/donations", in, () -> created(exchanges.donate(in)));
    }

    @POST
    @Path("adjustments")
    @Operation(summary = "Adjust a balance (county administrator, with a reason; audited)", description = "A signed "
            + "amount against the county's ISSUED account; never below zero.")
    @APIResponse(responseCode = "201", description = "adjusted",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response adjust(@HeaderParam(IdempotentRequests.HEADER) String key, LedgerCommands.Adjust input) {
        LedgerCommands.Adjust in = input == null ? new LedgerCommands.Adjust(null, null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/adjustments", in, () -> created(corrections.adjust(in)));
    }

    @POST
    @Path("awards")
    @Operation(summary = "Award points for public-benefit work (bureau, township offices; with a reason)")
    @APIResponse(responseCode = "201", description = "awarded",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response award(@HeaderParam(IdempotentRequests.HEADER) String key, LedgerCommands.Award input) {
        LedgerCommands.Award in = input == null ? new LedgerCommands.Award(null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/awards", in, () -> created(corrections.award(in)));
    }

    private IdempotentRequests.Created created(TransactionView v) {
        return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(TimebankAccountResource.class)
                .path("transactions").path(String.valueOf(v.id())).build(), v);
    }
}
