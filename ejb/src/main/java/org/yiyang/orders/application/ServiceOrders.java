package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderStatus;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderEvent;
import org.yiyang.orders.domain.OrderOrigin;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderSearch;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.orders.domain.Payer;
import org.yiyang.orders.domain.ServiceKind;
import org.yiyang.orders.infrastructure.AllowanceLedger;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.shared.domain.ProviderWork;
import org.yiyang.providers.domain.Staff;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/**
 * Home-service orders of the county, step by step, each step only by the roles that own it and recorded
 * with who and when. An allowance order reserves the amount from the elder's monthly allowance when it is
 * assigned to a provider, consumes it when the service is completed and gives it back when it is cancelled
 * or rejected; the allowance is never overspent (see {@link AllowanceLedger}).
 */
@Stateless
public class ServiceOrders {

    /** How far back a scheduled time may lie (a call taken a few minutes late). */
    static final Duration PAST_TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_QUANTITY = 31;
    static final int MAX_TEXT = 500;
    /** How many orders a board column or task list shows. */
    static final int BOARD_LIMIT = 100;

    @Inject
    OrderRepository orders;

    @Inject
    ElderRepository elders;

    @Inject
    ProviderRepository providers;

    @Inject
    ServiceCatalog catalog;

    @Inject
    CountyPolicies policies;

    @Inject
    AllowanceLedger allowance;

    @Inject
    OrderViews views;

    @Inject
    PersonalDataProtector protector;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public OrderView createOrder(CreateOrder c) {
        Caller caller = Access.requireCountyRole(OrderRoles.CREATE);
        Elder elder = c.elderId() != null ? elderFor(caller, c.elderId()) : elderByIdNumber(caller, c.elderIdNumber());
        if (elder.status() != ElderStatus.ACTIVE) {
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
            if (!elder.categoriesOn(ChinaTime.today(clock)).contains(ElderCategory.SPECIAL_HARDSHIP)) {
                throw DomainException.invalid("payer", "order.allowance.notEligible");
            }
            month = Order.allowanceMonthOf(c.scheduledAt()).toString();
        }
        ServiceView price = catalog.priceOn(service, day);
        String address = Inputs.text(c.address(), 200, "address");
        Order order = new Order(elder.id(), elder.townshipCode(), service, price.version(), price.unitPrice(),
                quantity, price.durationMinutes(), payer, month, c.scheduledAt(),
                address != null ? address : elder.household().address(), Inputs.text(c.notes(), MAX_TEXT, "notes"),
                origin(caller), caller.username(), now);
        orders.store(order);
        record(order, caller, "create", null, "");
        if (OrderRoles.providerAdmin(caller)) {
            assign(order, ownProvider(caller), caller);
        }
        return views.view(order);
    }

    /** Dispatches an order to a provider that does home services in the elder's township. */
    public OrderView assignProvider(long orderId, Long providerId) {
        Caller caller = Access.requireCountyRole(OrderRoles.DISPATCH);
        Order order = visible(caller, orderId);
        if (providerId == null) {
            throw DomainException.invalid("providerId", "order.provider.required");
        }
        Provider provider = providers.find(providerId)
                .orElseThrow(() -> DomainException.invalid("providerId", "provider.notFound", String.valueOf(providerId)));
        assign(order, provider, caller);
        return views.view(order);
    }

    private void assign(Order order, Provider provider, Caller caller) {
        if (!provider.isActive() || !provider.does(ProviderWork.HOME_SERVICES)) {
            throw DomainException.invalid("providerId", "order.provider.unsuitable", provider.name());
        }
        if (!provider.serves(order.townshipCode())) {
            throw DomainException.invalid("providerId", "order.provider.outsideArea", provider.name());
        }
        OrderStatus from = order.assignProvider(provider.id(), caller.username(), clock.instant());
        if (order.payer() == Payer.ALLOWANCE) {
            reserve(order);
        }
        record(order, caller, "assign", from, provider.name());
    }

    private void reserve(Order order) {
        String county = TenantScope.requireCounty();
        YearMonth month = YearMonth.parse(order.allowanceMonth());
        PolicyValue<BigDecimal> grant = policies.asOf(PolicyKeys.ORDER_MONTHLY_ALLOWANCE, month.atDay(1));
        if (allowance.account(county, order.elderId(), order.allowanceMonth()).isEmpty()) {
            allowance.open(county, order.elderId(), order.allowanceMonth(), grant.value(), grant.version());
        }
        if (!allowance.reserve(county, order.elderId(), order.allowanceMonth(), order.amount())) {
            BigDecimal left = allowance.account(county, order.elderId(), order.allowanceMonth())
                    .map(AllowanceLedger.Account::available).orElse(BigDecimal.ZERO);
            throw DomainException.conflict("order.allowance.insufficient", left.toPlainString(),
                    order.amount().toPlainString());
        }
    }

    /** The provider gives the order to one of its active staff. */
    public OrderView assignStaff(long orderId, Long staffId) {
        Caller caller = TenantScope.requireCaller();
        if (!OrderRoles.providerAdmin(caller)) {
            throw DomainException.forbidden("order.providerAdminOnly");
        }
        Order order = visible(caller, orderId);
        Staff staff = staffId == null ? null : providers.findStaff(staffId).orElse(null);
        if (staff == null || !staff.active() || !staff.provider().id().equals(order.providerId())) {
            throw DomainException.invalid("staffId", "order.staff.unknown");
        }
        OrderStatus from = order.assignStaff(staff.id(), caller.username(), clock.instant());
        record(order, caller, "assignStaff", from, staff.name());
        return views.view(order);
    }

    public OrderView reject(long orderId, String reason) {
        Caller caller = TenantScope.requireCaller();
        if (!OrderRoles.providerAdmin(caller)) {
            throw DomainException.forbidden("order.providerAdminOnly");
        }
        Order order = visible(caller, orderId);
        String why = Inputs.reason(reason);
        boolean held = order.holdsAllowance();
        OrderStatus from = order.reject(why, caller.username(), clock.instant());
        if (held) {
            allowance.release(TenantScope.requireCounty(), order.elderId(), order.allowanceMonth(), order.amount());
        }
        record(order, caller, "reject", from, why);
        return views.view(order);
    }

    public OrderView cancel(long orderId, String reason) {
        Caller caller = Access.requireCountyRole(OrderRoles.CANCEL);
        Order order = visible(caller, orderId);
        String why = Inputs.reason(reason);
        boolean held = order.holdsAllowance();
        OrderStatus from = order.cancel(why, caller.username(), clock.instant());
        if (held) {
            allowance.release(TenantScope.requireCounty(), order.elderId(), order.allowanceMonth(), order.amount());
        }
        record(order, caller, "cancel", from, why);
        return views.view(order);
    }

    /** The staff member (or the provider's system on their behalf) arrives; the time is the server's. */
    public OrderView checkIn(long orderId, BigDecimal latitude, BigDecimal longitude) {
        Caller caller = TenantScope.requireCaller();
        Order order = performable(caller, orderId);
        if (latitude == null || longitude == null || latitude.abs().compareTo(new BigDecimal("90")) > 0
                || longitude.abs().compareTo(new BigDecimal("180")) > 0) {
            throw DomainException.invalid("latitude", "order.location.invalid");
        }
        OrderStatus from = order.checkIn(clock.instant(), latitude.setScale(6, java.math.RoundingMode.HALF_UP),
                longitude.setScale(6, java.math.RoundingMode.HALF_UP), caller.username(), clock.instant());
        record(order, caller, "checkIn", from, latitude.toPlainString() + "," + longitude.toPlainString());
        return views.view(order);
    }

    public OrderView checkOut(long orderId, Integer durationMinutes, String notes) {
        Caller caller = TenantScope.requireCaller();
        Order order = performable(caller, orderId);
        String n = Inputs.text(notes, MAX_TEXT, "notes");
        OrderStatus from = order.checkOut(clock.instant(), durationMinutes, n, caller.username(), clock.instant());
        if (order.payer() == Payer.ALLOWANCE) {
            allowance.consume(TenantScope.requireCounty(), order.elderId(), order.allowanceMonth(), order.amount());
        }
        record(order, caller, "checkOut", from, n);
        return views.view(order);
    }

    /** Records the elder's (or family's) confirmation and rating. */
    public OrderView confirm(long orderId, Integer rating, String comment, String confirmedBy) {
        Caller caller = Access.requireCountyRole(OrderRoles.CONFIRM);
        Order order = visible(caller, orderId);
        String by = confirmedBy == null || confirmedBy.isBlank() ? "ELDER" : confirmedBy.strip().toUpperCase(Locale.ROOT);
        if (!by.equals("ELDER") && !by.equals("FAMILY")) {
            throw DomainException.invalid("confirmedBy", "value.unknown", by);
        }
        if (rating == null) {
            throw DomainException.invalid("rating", "order.rating.invalid");
        }
        OrderStatus from = order.confirm(rating, Inputs.text(comment, MAX_TEXT, "comment"), by, caller.username(),
                clock.instant());
        record(order, caller, "confirm", from, "★".repeat(order.rating()) + (order.ratingComment() == null ? ""
                : " " + order.ratingComment()));
        return views.view(order);
    }

    public OrderView order(long id) {
        return views.view(visible(TenantScope.requireCaller(), id));
    }

    public List<OrderEventView> events(long id) {
        Order order = visible(TenantScope.requireCaller(), id);
        return orders.events(order.id()).stream().map(e -> new OrderEventView(e.occurredAt(), e.actor(),
                e.actorRole(), e.action(), e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(),
                e.note())).toList();
    }

    public OrderPage search(OrderQuery q, int first, int max) {
        Caller caller = TenantScope.requireCaller();
        OrderSearch s = search(caller, q);
        int size = Math.max(1, Math.min(max, 200));
        int from = Math.max(0, first);
        return new OrderPage(views.views(orders.search(s, from, size)), orders.count(s), from, size);
    }

    public long count(OrderQuery q) {
        return orders.count(search(TenantScope.requireCaller(), q));
    }

    /** The calling provider administrator's order board. */
    public OrderBoard board() {
        Caller caller = TenantScope.requireCaller();
        if (!OrderRoles.providerAdmin(caller)) {
            throw DomainException.forbidden("order.providerAdminOnly");
        }
        OrderSearch mine = search(caller, OrderQuery.ALL);
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
        OrderSearch mine = search(caller, OrderQuery.ALL);
        Optional<Instant> none = Optional.empty();
        Instant start = ChinaTime.startOf(today());
        Instant end = ChinaTime.startOf(today().plusDays(1));
        return new StaffTasks(
                column(mine.narrowed(Set.of(OrderStatus.ASSIGNED, OrderStatus.CHECKED_IN), Optional.of(true), none,
                        none, true)),
                column(mine.narrowed(Set.of(OrderStatus.COMPLETED, OrderStatus.CONFIRMED), Optional.of(true),
                        Optional.of(start), Optional.of(end), true)));
    }

    private OrderPage column(OrderSearch s) {
        return new OrderPage(views.views(orders.search(s, 0, BOARD_LIMIT)), orders.count(s), 0, BOARD_LIMIT);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    /**
     * An elder's allowance in a month ({@code yyyy-MM}): for the roles that take orders in, within their reach
     * (their township, a provider's service area). It tells hardship eligibility and spending, so nobody else reads it.
     */
    public AllowanceView allowance(long elderId, String month) {
        Caller caller = Access.requireCountyRole(OrderRoles.CREATE);
        Elder elder;
        try {
            elder = elderFor(caller, elderId);
        } catch (DomainException outOfReach) {
            // read by its path: an elder outside the caller's reach is not found, like one that does not exist
            throw DomainException.notFound("elder.notFound", String.valueOf(elderId));
        }
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? ChinaTime.thisMonth(clock) : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("month", "order.month.invalid");
        }
        boolean eligible = elder.categoriesOn(ChinaTime.today(clock)).contains(ElderCategory.SPECIAL_HARDSHIP);
        Optional<AllowanceLedger.Account> a = allowance.account(TenantScope.requireCounty(), elder.id(), m.toString());
        if (a.isPresent()) {
            AllowanceLedger.Account x = a.get();
            return new AllowanceView(elder.id(), m.toString(), eligible, x.granted(), x.reserved(), x.consumed(),
                    x.available(), x.policyVersion());
        }
        PolicyValue<BigDecimal> grant = policies.asOf(PolicyKeys.ORDER_MONTHLY_ALLOWANCE, m.atDay(1));
        BigDecimal granted = eligible ? grant.value() : BigDecimal.ZERO.setScale(2);
        return new AllowanceView(elder.id(), m.toString(), eligible, granted, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), granted, grant.version());
    }

    // ---- scope -------------------------------------------------------------------------------------------

    /** The caller's scope on top of the query. */
    OrderSearch search(Caller caller, OrderQuery q) {
        Optional<String> township = Optional.ofNullable(Inputs.blank(q.townshipCode()));
        Optional<Long> provider = Optional.ofNullable(q.providerId());
        Optional<Long> staff = Optional.empty();
        if (Access.countyWide(caller)) {
            // every order of the county
        } else if (OrderRoles.township(caller)) {
            String own = caller.township().orElseThrow(() -> DomainException.forbidden("access.noTownship"));
            if (township.isPresent() && !township.get().equals(own)) {
                throw DomainException.forbidden("access.otherTownship");
            }
            township = Optional.of(own);
        } else if (OrderRoles.providerAdmin(caller)) {
            provider = Optional.of(ownProvider(caller).id());
        } else if (OrderRoles.providerStaff(caller)) {
            Staff me = ownStaff(caller);
            provider = Optional.of(me.provider().id());
            staff = Optional.of(me.id());
        } else {
            throw DomainException.forbidden("access.forbidden");
        }
        Optional<Instant> from = Optional.ofNullable(q.from()).map(ChinaTime::startOf);
        Optional<Instant> to = Optional.ofNullable(q.to()).map(d -> ChinaTime.startOf(d.plusDays(1)));
        OrderStatus status = Inputs.parse(OrderStatus.class, q.status(), "status");
        return new OrderSearch(status == null ? Set.of() : Set.of(status),
                Optional.ofNullable(q.service() == null || q.service().isBlank() ? null : ServiceCatalog.kind(q.service())),
                provider, staff, Optional.ofNullable(Inputs.parse(Payer.class, q.payer(), "payer")),
                Optional.ofNullable(q.elderId()), township, from, to, Optional.empty(), false);
    }

    /** An order the caller may see; any other answers 404, whether it exists elsewhere or not. */
    private Order visible(Caller caller, long id) {
        Order o = orders.find(id).orElseThrow(() -> notFound(id));
        boolean ok;
        if (Access.countyWide(caller)) {
            ok = true;
        } else if (OrderRoles.township(caller)) {
            ok = caller.township().map(t -> t.equals(o.townshipCode())).orElse(false);
        } else if (OrderRoles.providerAdmin(caller)) {
            ok = ownProviderIfAny(caller).map(p -> p.id().equals(o.providerId())).orElse(false);
        } else if (OrderRoles.providerStaff(caller)) {
            ok = ownStaffIfAny(caller).map(s -> s.id().equals(o.staffId())).orElse(false);
        } else {
            ok = false;
        }
        if (!ok) {
            throw notFound(id);
        }
        return o;
    }

    /** An order the caller may check in or out: the assigned staff member, or their provider's administrator. */
    private Order performable(Caller caller, long id) {
        if (!OrderRoles.providerAdmin(caller) && !OrderRoles.providerStaff(caller)) {
            throw DomainException.forbidden("order.providerOnly");
        }
        return visible(caller, id);
    }

    private Elder elderFor(Caller caller, long elderId) {
        Elder elder = elders.find(elderId).orElseThrow(() -> DomainException.invalid("elderId", "elder.notFound",
                String.valueOf(elderId)));
        if (OrderRoles.township(caller) && !caller.township().map(t -> t.equals(elder.townshipCode())).orElse(false)) {
            throw DomainException.invalid("elderId", "elder.notFound", String.valueOf(elderId));
        }
        if ((OrderRoles.providerAdmin(caller) || OrderRoles.providerStaff(caller))
                && !ownProvider(caller).serves(elder.townshipCode())) {
            throw DomainException.invalid("elderId", "elder.notFound", String.valueOf(elderId));
        }
        return elder;
    }

    /** The elder with this ID number, in the caller's reach; unknown and out-of-reach elders alike are 'not found'. */
    private Elder elderByIdNumber(Caller caller, String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            throw DomainException.invalid("elderId", "order.elder.required");
        }
        IdCardNumber number;
        try {
            number = IdCardNumber.parse(idNumber.strip(), ChinaTime.today(clock));
        } catch (DomainException e) {
            throw DomainException.invalid("elderIdNumber", "order.elder.idNumber.invalid");
        }
        Elder elder = elders.findByIdNumberHash(protector.lookupHash(number, TenantScope.requireCounty()))
                .orElseThrow(() -> DomainException.invalid("elderIdNumber", "order.elder.idNumber.unknown"));
        try {
            return elderFor(caller, elder.id());
        } catch (DomainException e) {
            throw DomainException.invalid("elderIdNumber", "order.elder.idNumber.unknown");
        }
    }

    /**
     * The elder with this ID number as an order form shows them (name, masked number, place, allowance), for
     * order takers who do not use the registry (providers); the lookup is audited.
     */
    public OrderElder elderForOrder(String idNumber) {
        Caller caller = Access.requireCountyRole(OrderRoles.CREATE);
        Elder elder = elderByIdNumber(caller, idNumber);
        audit.record("ELDER_LOOKED_UP", "elder", elder.id(), "order");
        return orderElder(elder);
    }

    /**
     * An elder of the caller's reach as an order form shows them, by the registry's id: for registry users only.
     * Providers name an elder by the full ID number ({@link #elderForOrder(String)}, audited): walking ids tells them
     * nothing, not even whether the id exists.
     */
    public OrderElder elderForOrder(long elderId) {
        Caller caller = Access.requireCountyRole(OrderRoles.CREATE);
        if (!Access.mayUseRegistry(caller)) {
            throw DomainException.notFound("elder.notFound", String.valueOf(elderId));
        }
        return orderElder(elderFor(caller, elderId));
    }

    private OrderElder orderElder(Elder elder) {
        LocalDate today = ChinaTime.today(clock);
        return new OrderElder(elder.id(), elder.name(), elder.idNumberMasked(), elder.townshipCode(),
                views.township(elder.townshipCode()), elder.household().address(),
                elder.categoriesOn(today).stream().map(Enum::name).sorted().toList(),
                allowance(elder.id(), null));
    }

    private Provider ownProvider(Caller caller) {
        return ownProviderIfAny(caller).orElseThrow(() -> DomainException.forbidden("provider.unknownAccount"));
    }

    private Optional<Provider> ownProviderIfAny(Caller caller) {
        return caller.provider().flatMap(providers::findByCode);
    }

    private Staff ownStaff(Caller caller) {
        return ownStaffIfAny(caller).orElseThrow(() -> DomainException.forbidden("staff.unknownAccount"));
    }

    private Optional<Staff> ownStaffIfAny(Caller caller) {
        return providers.findStaffByUsername(caller.username())
                .filter(Staff::active)
                .filter(s -> caller.provider().map(code -> code.equals(s.provider().code())).orElse(false));
    }

    private static OrderOrigin origin(Caller c) {
        if (Access.countyWide(c)) {
            return OrderOrigin.HOTLINE;
        }
        return OrderRoles.providerAdmin(c) ? OrderOrigin.PROVIDER : OrderOrigin.GRID;
    }

    private void record(Order order, Caller caller, String action, OrderStatus from, String note) {
        orders.record(new OrderEvent(order, clock.instant(), caller.username(), Inputs.primaryRole(caller),
                action, from, order.status(), note == null || note.isBlank() ? null : note));
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("order.notFound", String.valueOf(id));
    }

}
