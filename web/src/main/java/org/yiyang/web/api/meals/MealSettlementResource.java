package org.yiyang.web.api.meals;

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
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.meals.application.MealSettlementView;
import org.yiyang.meals.application.MealSettlements;
import org.yiyang.meals.application.MealStatements;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Monthly settlement with the sites' operators, per funding source: settle a site's month (idempotent; the month is
 * locked afterwards), the settlements, one with its entries, and its Excel statement.
 */
@Path("/meals/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such settlement or site for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealSettlementResource {

    /** Which site, which month ({@code yyyy-MM}). */
    public record SettleRequest(Long siteId, String month) {
    }

    @Inject
    MealSettlements settlements;

    @Inject
    MealStatements statements;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Settlements, newest month first", description = "The bureau: all of the county; an "
            + "operator's administrator: those of its own sites. Optionally of one site.")
    public List<MealSettlementView> list(@QueryParam("site") Long site) {
        return settlements.settlements(site);
    }

    @POST
    @Operation(summary = "Settle a site's month (county administrators)", description = "The current month so far "
            + "or a past one: the entries booked into it are summed per funding source (elder, county, city, "
            + "charity), a reversal negatively, and the month is locked: a meal or a reversal recorded later for a "
            + "day of it is booked into the next open month, and the totals never change. Once per site and month. "
            + "With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "settled",
            content = @Content(schema = @Schema(implementation = MealSettlementView.class)))
    @APIResponse(responseCode = "409", description = "the site's month is settled already",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response settle(@HeaderParam(IdempotentRequests.HEADER) String key, SettleRequest request) {
        SettleRequest r = request == null ? new SettleRequest(null, null) : request;
        return idempotent.create(key, "POST /meals/settlements", r, () -> {
            MealSettlementView v = settlements.settle(r.siteId(), MealDays.month(r.month()));
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(MealSettlementResource.class)
                    .path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A settlement: its totals per funding source and every entry booked into the month")
    public MealSettlementView get(@PathParam("id") long id) {
        return settlements.settlement(id);
    }

    @GET
    @Path("{id}/statement.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The statement as Excel", description = "County, site and month; a line per entry; the "
            + "totals per funding source. It names the elders served: the export is audited.")
    public Response statement(@PathParam("id") long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        statements.exportXlsx(id, ErrorMessages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0)), out);
        return Response.ok(out.toByteArray())
                .header("Content-Disposition", "attachment; filename=\"meal-statement-" + id + ".xlsx\"").build();
    }
}
