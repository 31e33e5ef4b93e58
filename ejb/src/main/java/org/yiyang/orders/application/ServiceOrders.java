package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * The order use cases that the demo seed ({@code DemoOrders}) and the elder's file take an order through, each handed
 * to the use case that owns it: {@link OrderIntake}, {@link OrderDispatch}, {@link OrderFieldwork},
 * {@link OrderQueries}.
 */
@Stateless
public class ServiceOrders {

    @Inject
    OrderIntake intake;

    @Inject
    OrderDispatch dispatch;

    @Inject
    OrderFieldwork fieldwork;

    @Inject
    OrderQueries queries;

    public OrderView createOrder(CreateOrder c) {
        return intake.createOrder(c);
    }

    public OrderView assignProvider(long orderId, Long providerId) {
        return dispatch.assignProvider(orderId, providerId);
    }

    public OrderView assignStaff(long orderId, Long staffId) {
        return dispatch.assignStaff(orderId, staffId);
    }

    public OrderView cancel(long orderId, String reason) {
        return dispatch.cancel(orderId, reason);
    }

    public OrderView checkIn(long orderId, BigDecimal latitude, BigDecimal longitude) {
        return fieldwork.checkIn(orderId, latitude, longitude);
    }

    public OrderView checkOut(long orderId, Integer durationMinutes, String notes) {
        return fieldwork.checkOut(orderId, durationMinutes, notes);
    }

    public OrderView confirm(long orderId, Integer rating, String comment, String confirmedBy) {
        return fieldwork.confirm(orderId, rating, comment, confirmedBy);
    }

    public OrderPage search(OrderQuery q, int first, int max) {
        return queries.search(q, first, max);
    }
}
