package org.yiyang.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** The order's state machine: which step is allowed in which status, and what each step records. */
class OrderTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final BigDecimal LAT = new BigDecimal("37.383100");
    static final BigDecimal LNG = new BigDecimal("118.012400");

    static Order order(Payer payer) {
        return new Order(7L, "371602001000", ServiceKind.CLEANING, 2, new BigDecimal("40.00"), 2, 120, payer,
                payer == Payer.ALLOWANCE ? "2026-11" : null, T0.plus(Duration.ofHours(2)), "新苑社区 1 号", null,
                OrderOrigin.HOTLINE, "desk", T0);
    }

    /** An order brought to the given status by the regular steps. */
    static Order in(OrderStatus status) {
        Order o = order(Payer.SELF);
        switch (status) {
            case CREATED -> { }
            case ASSIGNED -> o.assignProvider(3, "desk", T0);
            case CHECKED_IN -> {
                o.assignProvider(3, "desk", T0);
                o.assignStaff(9, "boss", T0);
                o.checkIn(T0.plusSeconds(60), LAT, LNG, "worker", T0);
            }
            case COMPLETED -> {
                o = in(OrderStatus.CHECKED_IN);
                o.checkOut(T0.plusSeconds(3660), null, null, "worker", T0);
            }
            case CONFIRMED -> {
                o = in(OrderStatus.COMPLETED);
                o.confirm(5, null, "ELDER", "desk", T0);
            }
            case SETTLED -> {
                o = in(OrderStatus.CONFIRMED);
                o.settle(1, "admin", T0);
            }
            case CANCELLED -> o.cancel("不需要了", "desk", T0);
            case REJECTED -> {
                o.assignProvider(3, "desk", T0);
                o.reject("人手不足", "boss", T0);
            }
            default -> throw new IllegalArgumentException(status.name());
        }
        assertEquals(status, o.status());
        return o;
    }

    /** Each step and the statuses it may be taken in. */
    static final Map<String, Set<OrderStatus>> ALLOWED = Map.of(
            "assign", EnumSet.of(OrderStatus.CREATED, OrderStatus.REJECTED),
            "assignStaff", EnumSet.of(OrderStatus.ASSIGNED),
            "reject", EnumSet.of(OrderStatus.ASSIGNED),
            "cancel", EnumSet.of(OrderStatus.CREATED, OrderStatus.ASSIGNED, OrderStatus.REJECTED),
            "checkIn", EnumSet.of(OrderStatus.ASSIGNED),
            "checkOut", EnumSet.of(OrderStatus.CHECKED_IN),
            "confirm", EnumSet.of(OrderStatus.COMPLETED),
            "settle", EnumSet.of(OrderStatus.CONFIRMED));

    static final Map<String, Consumer<Order>> STEPS = Map.of(
            "assign", o -> o.assignProvider(4, "desk", T0),
            "assignStaff", o -> o.assignStaff(9, "boss", T0),
            "reject", o -> o.reject("忙", "boss", T0),
            "cancel", o -> o.cancel("不要了", "desk", T0),
            "checkIn", o -> {
                if (o.status() == OrderStatus.ASSIGNED) {
                    o.assignStaff(9, "boss", T0);
                }
                o.checkIn(T0.plusSeconds(30), LAT, LNG, "worker", T0);
            },
            "checkOut", o -> o.checkOut(T0.plusSeconds(7200), null, "好", "worker", T0),
            "confirm", o -> o.confirm(4, "好", "FAMILY", "desk", T0),
            "settle", o -> o.settle(5, "admin", T0));

    @Test
    void everyStepIsAllowedExactlyInItsStatuses() {
        for (var step : STEPS.entrySet()) {
            for (OrderStatus s : OrderStatus.values()) {
                Order o = in(s);
                if (ALLOWED.get(step.getKey()).contains(s)) {
                    step.getValue().accept(o);
                    assertTrue(o.status() != s || step.getKey().equals("assignStaff"), step.getKey() + " from " + s);
                } else {
                    DomainException e = assertThrows(DomainException.class, () -> step.getValue().accept(o),
                            step.getKey() + " must be refused in " + s);
                    assertEquals("order.transition.invalid", e.messageKey());
                    assertEquals(s, o.status(), "a refused step changes nothing");
                }
            }
        }
    }

    @Test
    void theOrderAllowsEveryStepExactlyInItsStatuses() {
        for (OrderAction action : OrderAction.values()) {
            for (OrderStatus s : OrderStatus.values()) {
                Order o = in(s);
                if (action == OrderAction.CHECK_IN && s == OrderStatus.ASSIGNED) {
                    assertFalse(o.allows(action), "no check-in before a member of staff is assigned");
                    o.assignStaff(9, "boss", T0);
                }
                boolean expected = ALLOWED.getOrDefault(action.key(), Set.of()).contains(s);
                assertEquals(expected, o.allows(action), action + " in " + s);
            }
        }
    }

    @Test
    void checkInNeedsAMemberOfStaffAndRecordsTimeAndPlace() {
        Order o = in(OrderStatus.ASSIGNED);
        DomainException e = assertThrows(DomainException.class, () -> o.checkIn(T0, LAT, LNG, "worker", T0));
        assertEquals("order.noStaff", e.messageKey());
        o.assignStaff(9, "boss", T0);
        o.checkIn(T0.plusSeconds(5), LAT, LNG, "worker", T0);
        assertEquals(T0.plusSeconds(5), o.checkedInAt());
        assertEquals(LAT, o.checkInLatitude());
    }

    @Test
    void theDurationIsTheTimeOnSiteUnlessFewerMinutesAreReported() {
        Order measured = in(OrderStatus.CHECKED_IN);
        measured.checkOut(T0.plusSeconds(60 + 95 * 60), null, null, "worker", T0);
        assertEquals(95, measured.durationMinutes());

        Order reported = in(OrderStatus.CHECKED_IN);
        reported.checkOut(T0.plusSeconds(60 + 95 * 60), 80, null, "worker", T0);
        assertEquals(80, reported.durationMinutes());

        Order inflated = in(OrderStatus.CHECKED_IN);
        assertEquals("order.duration.exceedsElapsed", assertThrows(DomainException.class,
                () -> inflated.checkOut(T0.plusSeconds(60 + 30 * 60), 120, null, "worker", T0)).messageKey());
        assertEquals("order.duration.negative", assertThrows(DomainException.class,
                () -> inflated.checkOut(T0.plusSeconds(600), -1, null, "worker", T0)).messageKey());
        assertEquals("order.checkOut.beforeCheckIn", assertThrows(DomainException.class,
                () -> inflated.checkOut(T0, null, null, "worker", T0)).messageKey());
        assertEquals(OrderStatus.CHECKED_IN, inflated.status());
        assertNull(inflated.durationMinutes());
    }

    @Test
    void ratingsAreOneToFiveStars() {
        Order o = in(OrderStatus.COMPLETED);
        assertEquals("order.rating.invalid", assertThrows(DomainException.class,
                () -> o.confirm(0, null, "ELDER", "desk", T0)).messageKey());
        assertEquals("order.rating.invalid", assertThrows(DomainException.class,
                () -> o.confirm(6, null, "ELDER", "desk", T0)).messageKey());
        o.confirm(1, "迟到了", "ELDER", "desk", T0);
        assertEquals(1, o.rating());
    }

    @Test
    void theAmountIsPriceTimesQuantityAndAnAllowanceIsHeldOnlyWhileAssignedOrInService() {
        Order o = order(Payer.ALLOWANCE);
        assertEquals(new BigDecimal("80.00"), o.amount());
        assertFalse(o.holdsAllowance());
        o.assignProvider(3, "desk", T0);
        assertTrue(o.holdsAllowance());
        o.assignStaff(9, "boss", T0);
        o.checkIn(T0.plusSeconds(10), LAT, LNG, "worker", T0);
        assertTrue(o.holdsAllowance());
        o.checkOut(T0.plusSeconds(70), null, null, "worker", T0);
        assertFalse(o.holdsAllowance(), "consumed at check-out");
        assertFalse(in(OrderStatus.REJECTED).holdsAllowance());
    }

    @Test
    void aRejectedOrderLeavesTheProviderAndCanBeDispatchedAgain() {
        Order o = in(OrderStatus.REJECTED);
        assertNull(o.providerId());
        assertEquals("人手不足", o.closingReason());
        o.assignProvider(4, "desk", T0);
        assertEquals(4L, o.providerId());
        assertNull(o.closingReason());
    }
}
