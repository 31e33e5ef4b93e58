package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderOrigin;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.Payer;
import org.yiyang.orders.domain.ServiceKind;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.Caller;

/**
 * Taking home-service orders in: by the hotline and bureau, township offices, grid workers and providers, for an
 * elder of their reach, priced from the county's catalog. A provider's own order goes to that provider at once.
 */
@Stateless
public class OrderIntake {

    /** How far back a scheduled time may lie (a call taken a few minutes late). */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_QUANTITY = 31;

    @Inject
    OrderRepository orders;

    @Inject
    ElderDirectory elders;

    @Inject
    ServiceCatalog catalog;

    @Inject
    OrderScope scope;

    @Inject
    OrderSteps steps;

    @Inject
    Allowances allowances;

    @Inject
    OrderViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public OrderView createOrder(CreateOrder c) {
        Caller caller = OrderActions.require(OrderAction.CREATE);
        ElderRef elder = c.elderId() != null ? scope.elderInReach(caller, c.elderId())
                : elderByIdNumber(caller, c.elderIdNumber());
        if (!elder.active()) {
            throw DomainException.invalid("elderId", "order.elder.inactive");
        }
        ServiceKind service = ServiceCatalog.kind(c.service());
        Instant now = clock.instant();
        if (c.scheduledAt() == null || c.scheduledAt().isBefore(now.minus(PAST_TOLERANCE))) {
            throw DomainException.invalid("scheduledAt", "order.scheduledAt.past");
        }
        if (c.scheduledAt().isAfter(now.plus(Duration.ofDays(366)))) {
            throw DomainException.invalid("scheduledAt", "order.scheduledAt.tooFar");
        }
        int quantity = c.quantity() == null ? 1 : c.quantity();
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw DomainException.invalid("quantity", "order.quantity.invalid", MAX_QUANTITY);
        }
        Payer payer = Inputs.parse(Payer.class, c.payer(), "payer");
        if (payer == null) {
            throw DomainException.invalid("payer", "order.payer.required");
        }
        LocalDate day = ChinaTime.dayOf(c.scheduledAt());
        String month = null;
        if (payer == Payer.ALLOWANCE) {
            if (!elder.specialHardship()) {
                throw DomainException.invalid("payer", "order.allowance.notEligible");
            }
            month = Order.allowanceMonthOf(c.scheduledAt()).toString();
        }
        ServiceView price = catalog.priceOn(service, day);
        String address = Inputs.text(c.address(), 200, "address");
        Order order = new Order(elder.id(), elder.townshipCode(), service, price.version(), price.unitPrice(),
                quantity, price.durationMinutes(), payer, month, c.scheduledAt(),
                address != null ? address : elders.addressOf(elder.id()).orElse(null),
                Inputs.text(c.notes(), OrderSteps.MAX_TEXT, "notes"), origin(caller), caller.username(), now);
        orders.store(order);
        steps.record(order, caller, OrderAction.CREATE, null, "");
        if (OrderRoles.providerAdmin(caller)) {
            steps.assign(order, scope.ownProvider(caller), caller);
        }
        return views.view(order);
    }

    /**
     * The elder with this ID number as an order form shows them (name, masked number, place, allowance), for
     * order takers who do not use the registry (providers); the lookup is audited.
     */
    public OrderElder elderForOrder(String idNumber) {
        Caller caller = OrderActions.require(OrderAction.CREATE);
        ElderRef elder = elderByIdNumber(caller, idNumber);
        audit.record("ELDER_LOOKED_UP", "elder", elder.id(), "order");
        return orderElder(elder);
    }

    /**
     * An elder of the caller's reach as an order form shows them, by the registry's id: for registry users only.
     * Providers name an elder by the full ID number ({@link #elderForOrder(String)}, audited): walking ids tells them
     * nothing, not even whether the id exists.
     */
    public OrderElder elderForOrder(long elderId) {
        Caller caller = OrderActions.require(OrderAction.CREATE);
        if (!Access.mayUseRegistry(caller)) {
            throw DomainException.notFound("elder.notFound", String.valueOf(elderId));
        }
        return orderElder(scope.elderInReach(caller, elderId));
    }

    /** The elder with this ID number, in the caller's reach; unknown and out-of-reach elders alike are 'not found'. */
    private ElderRef elderByIdNumber(Caller caller, String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            throw DomainException.invalid("elderId", "order.elder.required");
        }
        IdCardNumber number;
        try {
            number = IdCardNumber.parse(idNumber.strip(), ChinaTime.today(clock));
        } catch (DomainException e) {
            throw DomainException.invalid("elderIdNumber", "order.elder.idNumber.invalid");
        }
        ElderRef elder = elders.findByIdNumber(number)
                .orElseThrow(() -> DomainException.invalid("elderIdNumber", "order.elder.idNumber.unknown"));
        try {
            return scope.inReach(caller, elder);
        } catch (DomainException e) {
            throw DomainException.invalid("elderIdNumber", "order.elder.idNumber.unknown");
        }
    }

    private OrderElder orderElder(ElderRef elder) {
        return new OrderElder(elder.id(), elder.name(), elder.idNumberMasked(), elder.townshipCode(),
                views.township(elder.townshipCode()), elders.addressOf(elder.id()).orElse(null), elder.categories(),
                allowances.of(elder.id(), elder.specialHardship(), ChinaTime.thisMonth(clock)));
    }

    private static OrderOrigin origin(Caller c) {
        if (Access.countyWide(c)) {
            return OrderOrigin.HOTLINE;
        }
        return OrderRoles.providerAdmin(c) ? OrderOrigin.PROVIDER : OrderOrigin.GRID;
    }
}
