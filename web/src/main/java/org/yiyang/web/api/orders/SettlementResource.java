package org.yiyang.web.api.orders;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.orders.application.OrderMonths;
import org.yiyang.orders.application.SettlementView;
import org.yiyang.orders.application.Settlements;
import org.yiyang.shared.application.ErrorMessages;

/** Monthly settlements with providers. */
@Path("/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settlements", description = "Monthly settlement with providers")
public class SettlementResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;


    @jakarta.inject.Inject
    org.yiyang.web.api.IdempotentRequests idempotent;


    /** Which provider, which month (yyyy-MM). */
    public record SettleRequest(Long providerId, String month) {
    }

    @Inject
    Settlements settlements;

    @Context
    HttpHeaders headers;

    @GET
    public List<SettlementView> list() {
        return settlements.settlements();
    }

    @POST
    @Operation(summary = "Settle a provider's month (county administrators); the month is locked afterwards")
    public Response settle(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String key, SettleRequest r) {
        SettleRequest x = r == null ? new SettleRequest(null, null) : r;
        return idempotent.create(key, "POST /settlements", x, () -> {
            SettlementView v = settlements.settle(x.providerId(), OrderMonths.parse(x.month()));
            return new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder()
                    .path(SettlementResource.class).path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("{id}")
    public SettlementView get(@PathParam("id") long id) {
        return settlements.settlement(id);
    }

    @GET
    @Path("{id}/statement.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The statement as Excel")
    public Response statement(@PathParam("id") long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settlements.exportXlsx(id, ErrorMessages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0)), out);
        return Response.ok(out.toByteArray())
                .header("Content-Disposition", "attachment; filename=\"statement-" + id + ".xlsx\"").build();
    }
}
