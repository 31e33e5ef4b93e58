package org.yiyang.orders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderOrigin;
import org.yiyang.orders.domain.Payer;
import org.yiyang.orders.domain.ServiceKind;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/** Which steps each role may take on an order in its status, and the message each refusal gives. */
class OrderActionsTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final String COUNTY = "371602";
    static final String TOWNSHIP = "371602001000";

    static Caller caller(Role role) {
        return new Caller("u", "u", Set.of(role), Optional.of(COUNTY), Optional.empty(),
                role == Role.TOWNSHIP_STAFF || role == Role.VILLAGE_ASSISTANT ? Optional.of(TOWNSHIP) : Optional.empty(),
                role == Role.PROVIDER_ADMIN || role == Role.PROVIDER_STAFF ? Optional.of(COUNTY + "-P01")
                        : Optional.empty());
    }

    static Order created() {
        return new Order(7L, TOWNSHIP, ServiceKind.CLEANING, 0, new BigDecimal("40.00"), 1, 120, Payer.SELF, null,
                T0.plus(Duration.ofHours(2)), "新苑社区 1 号", null, OrderOrigin.HOTLINE, "desk", T0);
    }

    static Order assigned() {
        Order o = created();
        o.assignProvider(3, "desk", T0);
        return o;
    }

    static Order staffed() {
        Order o = assigned();
        o.assignStaff(9, "boss", T0);
        return o;
    }

    static Order checkedIn() {
        Order o = staffed();
        o.checkIn(T0.plusSeconds(60), BigDecimal.ONE, BigDecimal.ONE, "worker", T0);
        return o;
    }

    static Order completed() {
        Order o = checkedIn();
        o.checkOut(T0.plusSeconds(3600), null, null, "worker", T0);
        return o;
    }

    static Order confirmed() {
        Order o = completed();
        o.confirm(5, null, "ELDER", "desk", T0);
        return o;
    }

    static Set<OrderAction> allowed(Role role, Order o) {
        return OrderActions.allowed(caller(role), o);
    }

    @Test
    void theDeskDispatchesAndCancelsAndConfirms() {
        for (Role desk : Set.of(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF)) {
            assertEquals(EnumSet.of(OrderAction.ASSIGN, OrderAction.CANCEL), allowed(desk, created()), desk.name());
            assertEquals(EnumSet.of(OrderAction.CANCEL), allowed(desk, assigned()), desk.name());
            assertEquals(Set.of(), allowed(desk, checkedIn()), desk.name());
            assertEquals(EnumSet.of(OrderAction.CONFIRM), allowed(desk, completed()), desk.name());
            assertEquals(Set.of(), allowed(desk, confirmed()), "settling is not a step on one order");
        }
    }

    @Test
    void gridWorkersCancelAndConfirmButDoNotDispatch() {
        assertEquals(EnumSet.of(OrderAction.CANCEL), allowed(Role.VILLAGE_ASSISTANT, created()));
        assertEquals(EnumSet.of(OrderAction.CONFIRM), allowed(Role.VILLAGE_ASSISTANT, completed()));
    }

    @Test
    void theProviderStaffsRejectsAndWorksTheOrder() {
        assertEquals(EnumSet.of(OrderAction.ASSIGN_STAFF, OrderAction.REJECT), allowed(Role.PROVIDER_ADMIN, assigned()));
        assertEquals(EnumSet.of(OrderAction.ASSIGN_STAFF, OrderAction.REJECT, OrderAction.CHECK_IN),
                allowed(Role.PROVIDER_ADMIN, staffed()));
        assertEquals(EnumSet.of(OrderAction.CHECK_OUT), allowed(Role.PROVIDER_ADMIN, checkedIn()));
        assertEquals(Set.of(), allowed(Role.PROVIDER_ADMIN, completed()));
        assertEquals(Set.of(), allowed(Role.PROVIDER_STAFF, assigned()), "no check-in without staff");
        assertEquals(EnumSet.of(OrderAction.CHECK_IN), allowed(Role.PROVIDER_STAFF, staffed()));
        assertEquals(EnumSet.of(OrderAction.CHECK_OUT), allowed(Role.PROVIDER_STAFF, checkedIn()));
        assertEquals(Set.of(), allowed(Role.VOLUNTEER, staffed()));
    }

    @Test
    void eachRefusalKeepsItsMessage() {
        assertRefused(Role.PROVIDER_STAFF, OrderAction.CREATE, "access.forbidden");
        assertRefused(Role.VILLAGE_ASSISTANT, OrderAction.ASSIGN, "access.forbidden");
        assertRefused(Role.PROVIDER_ADMIN, OrderAction.CANCEL, "access.forbidden");
        assertRefused(Role.PROVIDER_STAFF, OrderAction.CONFIRM, "access.forbidden");
        assertRefused(Role.COUNTY_STAFF, OrderAction.ASSIGN_STAFF, "order.providerAdminOnly");
        assertRefused(Role.PROVIDER_STAFF, OrderAction.REJECT, "order.providerAdminOnly");
        assertRefused(Role.COUNTY_STAFF, OrderAction.CHECK_IN, "order.providerOnly");
        assertRefused(Role.VILLAGE_ASSISTANT, OrderAction.CHECK_OUT, "order.providerOnly");
        assertRefused(Role.COUNTY_STAFF, OrderAction.SETTLE, "settlement.adminOnly");
        assertEquals("u", TenantScope.callAs(caller(Role.COUNTY_ADMIN), () -> OrderActions.require(OrderAction.SETTLE))
                .username());
    }

    @Test
    void countyStepsNeedACounty() {
        Caller nowhere = new Caller("u", "u", Set.of(Role.COUNTY_ADMIN), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        for (OrderAction a : EnumSet.of(OrderAction.CREATE, OrderAction.ASSIGN, OrderAction.CANCEL,
                OrderAction.CONFIRM, OrderAction.SETTLE)) {
            assertFalse(OrderActions.owns(nowhere, a), a.name());
        }
    }

    static void assertRefused(Role role, OrderAction action, String key) {
        DomainException e = assertThrows(DomainException.class,
                () -> TenantScope.callAs(caller(role), () -> OrderActions.require(action)));
        assertEquals(key, e.messageKey(), role + " " + action);
        assertEquals(403, e.kind().status());
    }
}
