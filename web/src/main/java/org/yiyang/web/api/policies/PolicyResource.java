package org.yiyang.web.api.policies;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.shared.application.ChangePolicy;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.application.PolicySettingView;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** The county's policy settings (caps, frequencies, allowances) with their versions. */
@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policies", description = "County policy settings, versioned")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "changes are for county administrators",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class PolicyResource {

    @jakarta.inject.Inject
    org.yiyang.web.api.IdempotentRequests idempotent;


    /** A change: the new value, the day it takes effect (today or later), why. */
    public record Change(@Schema(example = "3500.00") String value,
                         @Schema(example = "2026-12-01") LocalDate effectiveFrom, String reason) {
    }

    @Inject
    CountyPolicies policies;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every setting with the value in force today")
    public List<PolicySettingView> overview() {
        return policies.overview();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "All versions of one setting, newest first; the national default last")
    public List<PolicySettingView> history(@PathParam("key") String key) {
        return policies.history(key);
    }

    @POST
    @Path("{key}")
    @Operation(summary = "Set a new value from a day on (county administrators); a new version")
    @APIResponse(responseCode = "201", description = "the new version",
            content = @Content(schema = @Schema(implementation = PolicySettingView.class)))
    public Response change(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String idemKey,
                           @PathParam("key") String key, Change change) {
        Change c = change == null ? new Change(null, null, null) : change;
        return idempotent.create(idemKey, "POST /policies/" + key, c, () -> {
            PolicySettingView v = policies.change(new ChangePolicy(key, c.value(), c.effectiveFrom(), c.reason()));
            return new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder().path(PolicyResource.class)
                    .path(key).build(), v);
        });
    }
}
