package org.yiyang.web.api.places;

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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.elders.application.VillageView;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/** Townships and villages of the caller's county, by their 12-digit statistical codes. */
@Path("/places")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "places", description = "Townships and villages of the county")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "changes are for county administrators",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class PlaceResource {

    @jakarta.inject.Inject
    org.yiyang.web.api.IdempotentRequests idempotent;


    /** A new village. */
    public record NewVillage(@Schema(example = "371602001004") String code, String name,
                             @Schema(example = "371602001000") String townshipCode, boolean urban) {
    }

    /** A new name. */
    public record Name(String name) {
    }

    /** Where a village is: degrees (WGS-84), at most six decimal places kept. */
    public record Location(@Schema(example = "37.383000") BigDecimal latitude,
                           @Schema(example = "117.970000") BigDecimal longitude) {
    }

    @Inject
    Places places;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The county's townships with their villages")
    public List<TownshipView> townships() {
        return places.townships();
    }

    @POST
    @Path("villages")
    @Operation(summary = "Add a village (county administrators)")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(schema = @Schema(implementation = VillageView.class)))
    public Response addVillage(@jakarta.ws.rs.HeaderParam(org.yiyang.web.api.IdempotentRequests.HEADER) String key,
                               NewVillage v) {
        NewVillage body = v == null ? new NewVillage(null, null, null, false) : v;
        return idempotent.create(key, "POST /places/villages", body, () -> {
            VillageView added = places.addVillage(body.code(), body.name(), body.townshipCode(), body.urban());
            return new org.yiyang.web.api.IdempotentRequests.Created(uri.getBaseUriBuilder().path(PlaceResource.class)
                    .path("villages").path(added.code()).build(), added);
        });
    }

    @PUT
    @Path("villages/{code}")
    @Operation(summary = "Rename a village (county administrators)")
    public VillageView renameVillage(@PathParam("code") String code, Name name) {
        return places.renameVillage(code, name == null ? null : name.name());
    }

    @PUT
    @Path("villages/{code}/location")
    @Operation(summary = "Set where a village is, for the meal-site service circle (county administrators)")
    @APIResponse(responseCode = "404", description = "no such village in the county",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public VillageView locateVillage(@PathParam("code") String code, Location location) {
        return location == null ? places.locateVillage(code, null, null)
                : places.locateVillage(code, location.latitude(), location.longitude());
    }

    @PUT
    @Path("townships/{code}")
    @Operation(summary = "Rename a township (county administrators)")
    public TownshipView renameTownship(@PathParam("code") String code, Name name) {
        return places.renameTownship(code, name == null ? null : name.name());
    }
}
