package org.yiyang.web.api.providers;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.yiyang.providers.application.ProviderInput;
import org.yiyang.providers.application.ProviderRegistry;
import org.yiyang.providers.application.ProviderStaff;
import org.yiyang.providers.application.ProviderView;
import org.yiyang.providers.application.StaffInput;
import org.yiyang.providers.application.StaffView;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The county's service providers and their staff. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "providers", description = "Service providers and their staff")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such provider for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class ProviderResource {

    @jakarta.inject.Inject
    org.yiyang.web.api.IdempotentRequests idempotent;


    @Inject
    ProviderRegistry registry;

    @Inject
    ProviderStaff providerStaff;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Providers (provider users: their own)")
    public List<ProviderView> list() {
        return registry.providers();
    }

    @POST
    @Operation(summary = "Register a provider (county administrators)")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public Response register(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String key, ProviderInput input) {
        ProviderInput in = input == null ? empty() : input;
        return idempotent.create(key, "POST /providers", in, () -> {
            ProviderView p = registry.registerProvider(in);
            return new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder().path(ProviderResource.class)
                    .path(String.valueOf(p.id())).build(), p);
        });
    }

    @GET
    @Path("{id}")
    public ProviderView get(@PathParam("id") long id) {
        return registry.provider(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a provider, e.g. its area or status (county administrators)")
    public ProviderView update(@PathParam("id") long id, ProviderInput input) {
        return registry.updateProvider(id, input == null ? empty() : input);
    }

    @GET
    @Path("{id}/staff")
    public List<StaffView> staff(@PathParam("id") long id) {
        return providerStaff.staff(id);
    }

    @POST
    @Path("{id}/staff")
    @Operation(summary = "Add a member of staff (the provider's administrator)")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    public Response addStaff(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String key, @PathParam("id") long id, StaffInput input) {
        StaffInput in = input == null ? new StaffInput(null, null, null, null) : input;
        return idempotent.create(key, "POST /providers/" + id + "/staff", in, () ->
                new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder().path(ProviderResource.class)
                        .path(String.valueOf(id)).path("staff").build(), providerStaff.addStaff(id, in)));
    }

    @POST
    @Path("staff/{staffId}/deactivate")
    @Operation(summary = "A member of staff leaves (the provider's administrator)")
    public StaffView deactivate(@PathParam("staffId") long staffId) {
        return providerStaff.deactivateStaff(staffId);
    }

    private static ProviderInput empty() {
        return new ProviderInput(null, null, null, null, null, null, null, null, null, null);
    }
}
