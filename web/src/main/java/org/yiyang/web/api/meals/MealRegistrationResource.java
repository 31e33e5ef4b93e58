package org.yiyang.web.api.meals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.yiyang.meals.application.ChangeRegistration;
import org.yiyang.meals.application.MealCardView;
import org.yiyang.meals.application.MealRegistrations;
import org.yiyang.meals.application.RegisterForMeals;
import org.yiyang.meals.application.RegistrationView;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Elders' registrations for meal assistance (idempotent), their changes and ends, and the meal card: its token for
 * the QR code, and a new card that refuses the earlier ones.
 */
@Path("/meals/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such registration for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "registered already, or the registration has ended",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealRegistrationResource {

    /** Why a registration ends. */
    public record Reason(String reason) {
    }

    @Inject
    MealRegistrations registrations;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Registrations, newest first", description = "Of elders in the caller's reach; an operator "
            + "names one of its sites. Active ones unless all=true.")
    public List<RegistrationView> list(@QueryParam("site") Long site, @QueryParam("elder") Long elder,
                                       @QueryParam("all") @DefaultValue("false") boolean all) {
        return registrations.registrations(site, elder, all);
    }

    @POST
    @Operation(summary = "Register an elder for meals (bureau, township offices, grid workers)", description = "One "
            + "active registration per elder; it comes with its first meal card. With an Idempotency-Key, a replay "
            + "returns the first response.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotentRequests.HEADER) String key, RegisterForMeals input) {
        RegisterForMeals in = input == null ? new RegisterForMeals(null, null, null, null) : input;
        return idempotent.create(key, "POST /meals/registrations", in, () -> {
            RegistrationView v = registrations.register(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(MealRegistrationResource.class)
                    .path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("{id}")
    public RegistrationView get(@PathParam("id") long id) {
        return registrations.registration(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the home site, diet or daily flag")
    public RegistrationView change(@PathParam("id") long id, ChangeRegistration input) {
        return registrations.change(id, input == null ? new ChangeRegistration(null, null, null) : input);
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the registration, with a reason; its card is refused from then on")
    public RegistrationView end(@PathParam("id") long id, Reason reason) {
        return registrations.end(id, reason == null ? null : reason.reason());
    }

    @GET
    @Path("{id}/card")
    @Operation(summary = "The current meal card: the token its QR code carries", description = "Signed and opaque: "
            + "neither the ID number nor an id can be read from it. Audited.")
    public MealCardView card(@PathParam("id") long id) {
        return registrations.card(id);
    }

    @POST
    @Path("{id}/card")
    @Operation(summary = "Issue a new card (lost, damaged, expired)", description = "The card's version goes up: "
            + "every earlier card is refused from now on.")
    public MealCardView reissue(@PathParam("id") long id) {
        return registrations.reissueCard(id);
    }
}
