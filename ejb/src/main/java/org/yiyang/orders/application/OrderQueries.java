package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.elders.application.ElderRef;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderSearch;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * Reading orders within the caller's scope: one order with its timeline, searches, the provider's board, the staff's
 * task list, and an elder's monthly allowance.
 */
@Stateless
public class OrderQueries {

    /** How many orders a board column or task list shows. */
    static final int BOARD_LIMIT = 100;

    @Inject
    OrderRepository orders;

    @Inject
    OrderScope scope;

    @Inject
    Allowances allowances;

    @Inject
    OrderViews views;

    @Inject
    Clock clock;

    public OrderView order(long id) {
        return views.view(scope.visible(TenantScope.requireCaller(), id));
    }

    public List<OrderEventView> events(long id) {
        return events(scope.visible(TenantScope.requireCaller(), id));
    }

    /** The order, its timeline and the steps the caller may take on it now. */
    public OrderFile file(long id) {
        Caller caller = TenantScope.requireCaller();
        Order order = scope.visible(caller, id);
        return new OrderFile(views.view(order), events(order), OrderActions.allowed(caller, order));
    }

    public OrderPage search(OrderQuery q, int first, int max) {
        OrderSearch s = scope.search(TenantScope.requireCaller(), q);
        int size = Math.max(1, Math.min(max, 200));
        int from = Math.max(0, first);
        return new OrderPage(views.views(orders.search(s, from, size)), orders.count(s), from, size);
    }

    public long count(OrderQuery q) {
        return orders.count(scope.search(TenantScope.requireCaller(), q));
    }

    /** The calling provider administrator's order board. */
    public OrderBoard board() {
        Caller caller = TenantScope.requireCaller();
        if (!OrderRoles.providerAdmin(caller)) {
            throw DomainException.forbidden("order.providerAdminOnly");
        }
        OrderSearch mine = scope.search(caller, OrderQuery.ALL);
        Instant start = ChinaTime.startOf(today());
        Instant end = ChinaTime.startOf(today().plusDays(1));
        Optional<Instant> none = Optional.empty();
        return new OrderBoard(
                column(mine.narrowed(Set.of(OrderStatus.ASSIGNED), Optional.of(false), none, none, true)),
                column(mine.narrowed(Set.of(OrderStatus.ASSIGNED, OrderStatus.CHECKED_IN, OrderStatus.COMPLETED),
                        Optional.empty(), Optional.of(start), Optional.of(end), true)),
                column(mine.narrowed(Set.of(OrderStatus.CHECKED_IN), Optional.empty(), none, none, true)),
                column(mine.narrowed(Set.of(OrderStatus.COMPLETED), Optional.empty(), none, none, true)));
    }

    /** The calling member of staff's open orders (earliest first) and what they completed today. */
    public StaffTasks tasks() {
        Caller caller = TenantScope.requireCaller();
        if (!OrderRoles.providerStaff(caller) && !OrderRoles.providerAdmin(caller)) {
            throw DomainException.forbidden("order.providerOnly");
        }
        OrderSearch mine = scope.search(caller, OrderQuery.ALL);
        Optional<Instant> none = Optional.empty();
        Instant start = ChinaTime.startOf(today());
        Instant end = ChinaTime.startOf(today().plusDays(1));
        return new StaffTasks(
                column(mine.narrowed(Set.of(OrderStatus.ASSIGNED, OrderStatus.CHECKED_IN), Optional.of(true), none,
                        none, true)),
                column(mine.narrowed(Set.of(OrderStatus.COMPLETED, OrderStatus.CONFIRMED), Optional.of(true),
                        Optional.of(start), Optional.of(end), true)));
    }

    /**
     * An elder's allowance in a month (this month when empty): for the roles that take orders in, within their reach
     * (their township, a provider's service area). It tells hardship eligibility and spending, so nobody else reads it.
     */
    public AllowanceView allowance(long elderId, YearMonth month) {
        Caller caller = OrderActions.require(OrderAction.CREATE);
        ElderRef elder;
        try {
            elder = scope.elderInReach(caller, elderId);
        } catch (DomainException outOfReach) {
            // read by its path: an elder outside the caller's reach is not found, like one that does not exist
            throw DomainException.notFound("elder.notFound", String.valueOf(elderId));
        }
        return allowances.of(elder.id(), elder.specialHardship(), month == null ? ChinaTime.thisMonth(clock) : month);
    }

    private List<OrderEventView> events(Order order) {
        return orders.events(order.id()).stream().map(e -> new OrderEventView(e.occurredAt(), e.actor(),
                e.actorRole(), e.action(), e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(),
                e.note())).toList();
    }

    private OrderPage column(OrderSearch s) {
        return new OrderPage(views.views(orders.search(s, 0, BOARD_LIMIT)), orders.count(s), 0, BOARD_LIMIT);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
