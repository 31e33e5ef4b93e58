package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Locale;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Payer;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * The service itself: the member of staff (or the provider's system on their behalf) checks in and out at the
 * server's time, and the desk or a grid worker records the elder's or family's confirmation. Checking out completes
 * the order, consumes an allowance order's reservation and tells the read models ({@link OrderCompleted}).
 */
@Stateless
public class OrderFieldwork {

    private static final BigDecimal MAX_LATITUDE = new BigDecimal("90");
    private static final BigDecimal MAX_LONGITUDE = new BigDecimal("180");

    @Inject
    OrderScope scope;

    @Inject
    OrderSteps steps;

    @Inject
    Allowances allowances;

    @Inject
    OrderViews views;

    @Inject
    Event<OrderCompleted> completed;

    @Inject
    Clock clock;

    /** The staff member (or the provider's system on their behalf) arrives; the time is the server's. */
    public OrderView checkIn(long orderId, BigDecimal latitude, BigDecimal longitude) {
        Caller caller = OrderActions.require(OrderAction.CHECK_IN);
        Order order = scope.visible(caller, orderId);
        if (latitude == null || longitude == null || latitude.abs().compareTo(MAX_LATITUDE) > 0
                || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw DomainException.invalid("latitude", "order.location.invalid");
        }
        OrderStatus from = order.checkIn(clock.instant(), latitude.setScale(6, RoundingMode.HALF_UP),
                longitude.setScale(6, RoundingMode.HALF_UP), caller.username(), clock.instant());
        steps.record(order, caller, OrderAction.CHECK_IN, from,
                latitude.toPlainString() + "," + longitude.toPlainString());
        return views.view(order);
    }

    public OrderView checkOut(long orderId, Integer durationMinutes, String notes) {
        Caller caller = OrderActions.require(OrderAction.CHECK_OUT);
        Order order = scope.visible(caller, orderId);
        String n = Inputs.text(notes, OrderSteps.MAX_TEXT, "notes");
        OrderStatus from = order.checkOut(clock.instant(), durationMinutes, n, caller.username(), clock.instant());
        if (order.payer() == Payer.ALLOWANCE) {
            allowances.consume(order);
        }
        steps.record(order, caller, OrderAction.CHECK_OUT, from, n);
        completed.fire(new OrderCompleted(TenantScope.requireCounty(), order.id(), order.elderId(),
                order.townshipCode(), order.service().name(), order.checkedOutAt()));
        return views.view(order);
    }

    /** Records the elder's (or family's) confirmation and rating. */
    public OrderView confirm(long orderId, Integer rating, String comment, String confirmedBy) {
        Caller caller = OrderActions.require(OrderAction.CONFIRM);
        Order order = scope.visible(caller, orderId);
        String by = confirmedBy == null || confirmedBy.isBlank() ? "ELDER" : confirmedBy.strip().toUpperCase(Locale.ROOT);
        if (!by.equals("ELDER") && !by.equals("FAMILY")) {
            throw DomainException.invalid("confirmedBy", "value.unknown", by);
        }
        if (rating == null) {
            throw DomainException.invalid("rating", "order.rating.invalid");
        }
        OrderStatus from = order.confirm(rating, Inputs.text(comment, OrderSteps.MAX_TEXT, "comment"), by,
                caller.username(), clock.instant());
        steps.record(order, caller, OrderAction.CONFIRM, from, "★".repeat(order.rating())
                + (order.ratingComment() == null ? "" : " " + order.ratingComment()));
        return views.view(order);
    }
}
