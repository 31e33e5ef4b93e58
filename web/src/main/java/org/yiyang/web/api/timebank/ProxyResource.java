package org.yiyang.web.api.timebank;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.yiyang.timebank.application.NameProxy;
import org.yiyang.timebank.application.Proxies;
import org.yiyang.timebank.application.ProxyView;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** Elders' named proxies (代办人): named by the registry's users (idempotent) and ended with a reason. */
@Path("/timebank/proxies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timebank")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not a user of the elder registry",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such proxy for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "named already, or ended already",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ProxyResource {

    @Inject
    Proxies proxies;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Proxies of elders in the caller's reach", description = "Of one elder, active ones unless "
            + "all=true.")
    public List<ProxyView> list(@QueryParam("elder") Long elder,
                                @QueryParam("all") @DefaultValue("false") boolean all) {
        return proxies.proxies(elder, all);
    }

    @POST
    @Operation(summary = "Name an elder's proxy: a family member's or the grid worker's account", description = "An "
            + "ended proxy named again acts again. With an Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "named",
            content = @Content(schema = @Schema(implementation = ProxyView.class)))
    public Response name(@HeaderParam(IdempotentRequests.HEADER) String key, NameProxy input) {
        NameProxy in = input == null ? new NameProxy(null, null, null, null) : input;
        return idempotent.create(key, "POST /timebank/proxies", in, () -> {
            ProxyView p = proxies.name(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(ProxyResource.class)
                    .path(String.valueOf(p.id())).build(), p);
        });
    }

    @GET
    @Path("{id}")
    public ProxyView get(@PathParam("id") long id) {
        return proxies.proxy(id);
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the proxy, with a reason: it acts no more for the elder")
    public ProxyView end(@PathParam("id") long id, Reason reason) {
        return proxies.end(id, Reason.of(reason));
    }
}
