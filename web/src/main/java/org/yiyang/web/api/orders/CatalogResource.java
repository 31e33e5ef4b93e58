package org.yiyang.web.api.orders;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.orders.application.PriceChange;
import org.yiyang.orders.application.ServiceCatalog;
import org.yiyang.orders.application.ServiceView;

/** The service catalog with the county's prices. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalog", description = "Home services and their prices")
public class CatalogResource {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;


    @jakarta.inject.Inject
    org.yiyang.web.api.IdempotentRequests idempotent;


    @Inject
    ServiceCatalog catalog;

    @GET
    @Operation(summary = "Every service with its price in force today")
    public List<ServiceView> services() {
        return catalog.services();
    }

    @GET
    @Path("{service}")
    @Operation(summary = "The price history of a service, newest first; the national default last")
    public List<ServiceView> history(@PathParam("service") String service) {
        return catalog.history(service);
    }

    @POST
    @Path("{service}")
    @Operation(summary = "A new price from a day on (county administrators); existing orders keep theirs")
    public Response changePrice(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String key, @PathParam("service") String service, PriceChange change) {
        PriceChange c = change == null ? new PriceChange(null, null, null, null) : change;
        return idempotent.create(key, "POST /services/" + service, c, () ->
                new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder().path(CatalogResource.class)
                        .path(service).build(), catalog.changePrice(service, c)));
    }
}
