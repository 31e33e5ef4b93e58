package org.yiyang.web.api.orders;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yiyang.orders.application.AllowanceView;
import org.yiyang.orders.application.CreateOrder;
import org.yiyang.orders.application.OrderBoard;
import org.yiyang.orders.application.OrderDispatch;
import org.yiyang.orders.application.OrderEventView;
import org.yiyang.orders.application.OrderFieldwork;
import org.yiyang.orders.application.OrderIntake;
import org.yiyang.orders.application.OrderMonths;
import org.yiyang.orders.application.OrderPage;
import org.yiyang.orders.application.OrderQueries;
import org.yiyang.orders.application.OrderQuery;
import org.yiyang.orders.application.OrderView;
import org.yiyang.orders.application.StaffTasks;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.api.IdempotentRequests;
import org.yiyang.web.api.Problem;
import org.yiyang.web.api.YiyangApi;

/**
 * Home-service orders, for the county's portal and for providers' own systems: create (idempotent), query,
 * dispatch, assign staff, reject, cancel, check in and out, confirm.
 */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "orders", description = "Home-service orders")
@APIResponse(responseCode = "400", description = "bad input",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "this step is not the caller's role's",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such order for the caller",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "not possible in the order's status, or no allowance left",
        content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class OrderResource {

    /** The body of {@code POST /orders}. */
    @Schema(name = "OrderInput")
    public record OrderInput(@Schema(description = "the elder's id; or name the elder by elderIdNumber") Long elderId,
                             @Schema(description = "the elder's 18-digit ID number, when elderId is not given")
                             String elderIdNumber,
                             @Schema(enumeration = {"MEAL_AID", "BATH_AID", "CLEANING", "MOBILITY_AID", "URGENT_AID",
                                     "MEDICAL_ESCORT", "SHOPPING", "REHAB_CARE", "EMERGENCY_RESCUE", "AID_RENTAL"})
                             String service,
                             @Schema(description = "ISO-8601 instant, e.g. 2026-12-01T01:30:00Z") Instant scheduledAt,
                             Integer quantity,
                             @Schema(enumeration = {"SELF", "ALLOWANCE", "CHARITY"}) String payer,
                             String address, String notes) {
    }

    /** Dispatch to a provider. */
    public record Assignment(Long providerId) {
    }

    /** Assign to a member of staff. */
    public record StaffAssignment(Long staffId) {
    }

    /** Why an order is rejected or cancelled. */
    public record Reason(String reason) {
    }

    /** Where the staff member checked in. */
    public record CheckIn(BigDecimal latitude, BigDecimal longitude) {
    }

    /** The end of the service. */
    public record CheckOut(@Schema(description = "minutes served; the time between check-in and check-out when empty")
                           Integer durationMinutes, String notes) {
    }

    /** The elder's or family's verdict. */
    public record Confirmation(@Schema(minimum = "1", maximum = "5") Integer rating, String comment,
                               @Schema(enumeration = {"ELDER", "FAMILY"}) String confirmedBy) {
    }

    @Inject
    OrderIntake intake;

    @Inject
    OrderDispatch dispatch;

    @Inject
    OrderFieldwork fieldwork;

    @Inject
    OrderQueries queries;

    @Inject
    IdempotentRequests idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search orders", description = "Within the caller's scope: the county, the township, "
            + "the provider, or the staff member's own tasks.")
    public OrderPage search(@QueryParam("status") String status, @QueryParam("service") String service,
                            @QueryParam("providerId") Long providerId, @QueryParam("payer") String payer,
                            @QueryParam("elderId") Long elderId, @QueryParam("township") String township,
                            @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
                            @Parameter(description = "last day, yyyy-MM-dd") @QueryParam("to") String to,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("50") int max) {
        return queries.search(new OrderQuery(status, service, providerId, payer, elderId, township, day(from, "from"),
                day(to, "to")), first, max);
    }

    @POST
    @Operation(summary = "Create an order", description = "Priced from the county's catalog. A provider's own order "
            + "is assigned to it at once (and reserves the allowance). With an Idempotency-Key, a replay returns the "
            + "first response and concurrent replays create one order.")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request",
            content = @Content(mediaType = YiyangApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, OrderInput input) {
        if (input == null) {
            throw DomainException.invalid("elderId", "order.elder.required");
        }
        return idempotent.create(idempotencyKey, "POST /orders", input, () -> {
            OrderView o = intake.createOrder(new CreateOrder(input.elderId(), input.elderIdNumber(), input.service(), input.scheduledAt(),
                    input.quantity(), input.payer(), input.address(), input.notes()));
            return new IdempotentRequests.Created(
                    uri.getBaseUriBuilder().path(OrderResource.class).path(String.valueOf(o.id())).build(), o);
        });
    }

    @GET
    @Path("board")
    @Operation(summary = "The provider administrator's board", description = "New (not yet given to staff), "
            + "today's, in progress, and waiting for confirmation; each column its first 100 orders and a count.")
    public OrderBoard board() {
        return queries.board();
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The calling staff member's tasks", description = "Open orders earliest first, and "
            + "today's completed ones.")
    public StaffTasks tasks() {
        return queries.tasks();
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") long id) {
        return queries.order(id);
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "Every step of the order: who, when, from which status to which")
    public List<OrderEventView> events(@PathParam("id") long id) {
        return queries.events(id);
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "Dispatch to a provider (county bureau, township office)")
    public OrderView assign(@PathParam("id") long id, Assignment a) {
        return dispatch.assignProvider(id, a == null ? null : a.providerId());
    }

    @POST
    @Path("{id}/assign-staff")
    @Operation(summary = "Give the order to a member of staff (the provider's administrator)")
    public OrderView assignStaff(@PathParam("id") long id, StaffAssignment a) {
        return dispatch.assignStaff(id, a == null ? null : a.staffId());
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Decline the order (the provider's administrator)")
    public OrderView reject(@PathParam("id") long id, Reason r) {
        return dispatch.reject(id, r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel before the service starts")
    public OrderView cancel(@PathParam("id") long id, Reason r) {
        return dispatch.cancel(id, r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/check-in")
    @Operation(summary = "Arrival of the staff member, with the location")
    public OrderView checkIn(@PathParam("id") long id, CheckIn c) {
        return fieldwork.checkIn(id, c == null ? null : c.latitude(), c == null ? null : c.longitude());
    }

    @POST
    @Path("{id}/check-out")
    @Operation(summary = "The service is done")
    public OrderView checkOut(@PathParam("id") long id, CheckOut c) {
        return fieldwork.checkOut(id, c == null ? null : c.durationMinutes(), c == null ? null : c.notes());
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "Record the elder's or family's confirmation and rating")
    public OrderView confirm(@PathParam("id") long id, Confirmation c) {
        Confirmation x = c == null ? new Confirmation(null, null, null) : c;
        return fieldwork.confirm(id, x.rating(), x.comment(), x.confirmedBy());
    }

    @GET
    @Path("allowances/{elderId}")
    @Operation(summary = "An elder's government service allowance in a month (yyyy-MM; this month when empty)")
    public AllowanceView allowance(@PathParam("elderId") long elderId, @QueryParam("month") String month) {
        return queries.allowance(elderId, OrderMonths.parse(month));
    }

    static LocalDate day(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(field, "date.invalid", s);
        }
    }
}
