package org.yiyang.web.api.meals;

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
import org.yiyang.meals.application.BookMeal;
import org.yiyang.meals.application.BookingView;
import org.yiyang.meals.application.MealBookings;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Meals booked ahead at the elder's home site (idempotent), an elder's bookings, cancelling; a site's booked meals of
 * a day are {@link SiteBookingResource}'s.
 */
@Path("/meals/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meals")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "not for the caller's role",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such booking or elder for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "booked already, or not possible in the booking's status",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class MealBookingResource {

    @Inject
    MealBookings bookings;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "An elder's booked meals", description = "From today on, all with all=true; for the "
            + "registry's users of the elder's township (the bureau: the county).")
    public List<BookingView> ofElder(@QueryParam("elder") Long elder,
                                     @QueryParam("all") @DefaultValue("false") boolean all) {
        return bookings.ofElder(elder, all);
    }

    @POST
    @Operation(summary = "Book a meal ahead (bureau, township offices, grid workers)", description = "At the elder's "
            + "home site, for a day from tomorrow to two weeks ahead and a meal the open site serves; the diet is the "
            + "registration's unless another is given. One booking per elder, day and meal. It is marked served "
            + "when the elder is served that meal at the site. With an Idempotency-Key, a replay returns the first "
            + "response.")
    @APIResponse(responseCode = "201", description = "booked",
            content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response book(@HeaderParam(IdempotentRequests.HEADER) String key, BookMeal input) {
        BookMeal in = input == null ? new BookMeal(null, null, null, null) : input;
        return idempotent.create(key, "POST /meals/bookings", in, () -> {
            BookingView v = bookings.book(in);
            return new IdempotentRequests.Created(uri.getBaseUriBuilder().path(MealBookingResource.class)
                    .path(String.valueOf(v.id())).build(), v);
        });
    }

    @GET
    @Path("{id}")
    public BookingView get(@PathParam("id") long id) {
        return bookings.booking(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a booked meal, before its day")
    public BookingView cancel(@PathParam("id") long id) {
        return bookings.cancel(id);
    }
}
