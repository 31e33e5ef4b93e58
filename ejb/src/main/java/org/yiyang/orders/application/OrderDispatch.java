package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.providers.application.StaffRef;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;

/**
 * Getting an order to the elder's door: the bureau or township office dispatches it to a provider, the provider's
 * administrator gives it to a member of staff or rejects it, the desk or a grid worker cancels it before the
 * service starts. A rejected or cancelled allowance order gives its reservation back.
 */
@Stateless
public class OrderDispatch {

    @Inject
    ProviderDirectory providers;

    @Inject
    OrderScope scope;

    @Inject
    OrderSteps steps;

    @Inject
    Allowances allowances;

    @Inject
    OrderViews views;

    @Inject
    Clock clock;

    /** Dispatches an order to a provider that does home services in the elder's township. */
    public OrderView assignProvider(long orderId, Long providerId) {
        Caller caller = OrderActions.require(OrderAction.ASSIGN);
        Order order = scope.visible(caller, orderId);
        if (providerId == null) {
            throw DomainException.invalid("providerId", "order.provider.required");
        }
        ProviderRef provider = providers.find(providerId)
                .orElseThrow(() -> DomainException.invalid("providerId", "provider.notFound", String.valueOf(providerId)));
        steps.assign(order, provider, caller);
        return views.view(order);
    }

    /** The provider gives the order to one of its active staff. */
    public OrderView assignStaff(long orderId, Long staffId) {
        Caller caller = OrderActions.require(OrderAction.ASSIGN_STAFF);
        Order order = scope.visible(caller, orderId);
        StaffRef staff = staffId == null ? null : providers.staff(staffId).orElse(null);
        if (staff == null || !staff.active() || !Objects.equals(staff.providerId(), order.providerId())) {
            throw DomainException.invalid("staffId", "order.staff.unknown");
        }
        OrderStatus from = order.assignStaff(staff.id(), caller.username(), clock.instant());
        steps.record(order, caller, OrderAction.ASSIGN_STAFF, from, staff.name());
        return views.view(order);
    }

    public OrderView reject(long orderId, String reason) {
        Caller caller = OrderActions.require(OrderAction.REJECT);
        Order order = scope.visible(caller, orderId);
        String why = Inputs.reason(reason);
        boolean held = order.holdsAllowance();
        OrderStatus from = order.reject(why, caller.username(), clock.instant());
        closed(order, caller, OrderAction.REJECT, from, why, held);
        return views.view(order);
    }

    public OrderView cancel(long orderId, String reason) {
        Caller caller = OrderActions.require(OrderAction.CANCEL);
        Order order = scope.visible(caller, orderId);
        String why = Inputs.reason(reason);
        boolean held = order.holdsAllowance();
        OrderStatus from = order.cancel(why, caller.username(), clock.instant());
        closed(order, caller, OrderAction.CANCEL, from, why, held);
        return views.view(order);
    }

    /** After a rejection or cancellation: the reservation the order held goes back, the step is recorded. */
    private void closed(Order order, Caller caller, OrderAction action, OrderStatus from, String why, boolean held) {
        if (held) {
            allowances.release(order);
        }
        steps.record(order, caller, action, from, why);
    }
}
