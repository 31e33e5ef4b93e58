package org.yiyang.orders.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderEvent;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Payer;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.tenancy.Caller;

/** What several use cases do to an order: record a step in its timeline, dispatch it to a provider. */
@Dependent
class OrderSteps {

    /** The most characters of an order's free text (notes, comments). */
    static final int MAX_TEXT = 500;

    @Inject
    OrderRepository orders;

    @Inject
    Allowances allowances;

    @Inject
    Clock clock;

    /**
     * Gives the order to a provider that does home services in the elder's township; an allowance order reserves
     * its amount from the elder's month.
     */
    void assign(Order order, ProviderRef provider, Caller caller) {
        if (!provider.takes(ProviderWork.HOME_SERVICES)) {
            throw DomainException.invalid("providerId", "order.provider.unsuitable", provider.name());
        }
        if (!provider.serves(order.townshipCode())) {
            throw DomainException.invalid("providerId", "order.provider.outsideArea", provider.name());
        }
        OrderStatus from = order.assignProvider(provider.id(), caller.username(), clock.instant());
        if (order.payer() == Payer.ALLOWANCE) {
            allowances.reserve(order);
        }
        record(order, caller, OrderAction.ASSIGN, from, provider.name());
    }

    /** The step in the order's timeline: who (in their most senior role), when, from which status, why. */
    void record(Order order, Caller caller, OrderAction action, OrderStatus from, String note) {
        orders.record(new OrderEvent(order, clock.instant(), caller.username(), Inputs.primaryRole(caller),
                action.key(), from, order.status(), note == null || note.isBlank() ? null : note));
    }
}
