package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.orders.domain.Order;
import org.yiyang.orders.domain.OrderAction;
import org.yiyang.orders.domain.OrderEvent;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.Settlement;
import org.yiyang.providers.application.ProviderDirectory;
import org.yiyang.providers.application.ProviderRef;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * Monthly settlement with a provider: every confirmed order completed by the end of the month and not
 * settled before goes into the statement and becomes SETTLED. One settlement per provider and month: once
 * made, the month is locked (a second one is refused, settled orders do not change). Confirmations that
 * come in after the settlement are settled the next month.
 */
@Stateless
public class Settlements {

    @Inject
    OrderRepository orders;

    @Inject
    ProviderDirectory providers;

    @Inject
    OrderViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Settles a provider's month (county administrators); the month is empty when the request named none. */
    public SettlementView settle(Long providerId, YearMonth m) {
        Caller caller = OrderActions.require(OrderAction.SETTLE);
        ProviderRef provider = providerId == null ? null : providers.find(providerId).orElse(null);
        if (provider == null) {
            throw DomainException.invalid("providerId", "provider.notFound", String.valueOf(providerId));
        }
        if (m == null) {
            throw DomainException.invalid("month", "order.month.invalid");
        }
        if (!Settlement.maySettle(m, clock.instant())) {
            throw DomainException.invalid("month", "settlement.month.future");
        }
        if (orders.settlementOf(provider.id(), m.toString()).isPresent()) {
            throw DomainException.conflict("settlement.exists", provider.name(), m.toString());
        }
        Instant end = Settlement.periodEnd(m);
        Settlement s = new Settlement(provider.id(), m.toString(), caller.username(), clock.instant());
        orders.store(s);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("settlement.exists", provider.name(), m.toString());
        }
        for (Order o : orders.settleable(provider.id(), end)) {
            var from = o.settle(s.id(), caller.username(), clock.instant());
            s.include(o.payer(), o.amount());
            orders.record(new OrderEvent(o, clock.instant(), caller.username(), "county-admin",
                    OrderAction.SETTLE.key(), from, o.status(), m.toString()));
        }
        audit.record("PROVIDER_SETTLED", "provider", provider.id(), m + ": " + s.orders() + " orders, " + s.total());
        return view(s, provider, true);
    }

    /** Whether the caller settles months (the page offers the form to them only). */
    public boolean maySettle() {
        return TenantScope.currentCaller().map(c -> OrderActions.owns(c, OrderAction.SETTLE)).orElse(false);
    }

    public List<SettlementView> settlements() {
        Caller caller = requireReader();
        Optional<Long> own = ownProvider(caller);
        return orders.settlements().stream().filter(s -> own.isEmpty() || own.get() == s.providerId())
                .map(s -> view(s, providers.find(s.providerId()).orElse(null), false)).toList();
    }

    public SettlementView settlement(long id) {
        Caller caller = requireReader();
        Settlement s = orders.settlement(id).filter(x -> ownProvider(caller).map(p -> p == x.providerId()).orElse(true))
                .orElseThrow(() -> DomainException.notFound("settlement.notFound", String.valueOf(id)));
        return view(s, providers.find(s.providerId()).orElse(null), true);
    }

    /** The statement as an Excel workbook (it names the elders served: audited like the elder export). */
    public void exportXlsx(long id, Locale locale, OutputStream out) {
        SettlementView s = settlement(id);
        audit.record("SETTLEMENT_EXPORTED", "settlement", s.id(), s.providerName() + " " + s.month() + ": lines="
                + s.lines().size());
        try {
            Workbook wb = new Workbook(out, "Yiyang", "1.0");
            Worksheet ws = wb.newWorksheet(ErrorMessages.label("statement.sheet", locale));
            ws.value(0, 0, ErrorMessages.label("statement.title", locale));
            ws.value(0, 1, s.providerName());
            ws.value(0, 2, s.month());
            String[] h = {"order", "elder", "service", "completedAt", "minutes", "payer", "amount"};
            for (int c = 0; c < h.length; c++) {
                ws.value(2, c, ErrorMessages.label("statement." + h[c], locale));
                ws.style(2, c).bold().set();
            }
            int r = 3;
            for (OrderView o : s.lines()) {
                ws.value(r, 0, o.id());
                ws.value(r, 1, o.elderName());
                ws.value(r, 2, ErrorMessages.label("ServiceKind." + o.service(), locale));
                ws.value(r, 3, o.checkedOutAt() == null ? "" : o.checkedOutAt().atZone(ChinaTime.ZONE).toLocalDateTime()
                        .toString().replace('T', ' '));
                ws.value(r, 4, o.durationMinutes());
                ws.value(r, 5, ErrorMessages.label("Payer." + o.payer(), locale));
                ws.value(r, 6, o.amount());
                ws.style(r, 6).format("0.00").set();
                r++;
            }
            r++;
            for (String[] t : new String[][] {{"Payer.SELF", s.totalSelf().toPlainString()},
                    {"Payer.ALLOWANCE", s.totalAllowance().toPlainString()},
                    {"Payer.CHARITY", s.totalCharity().toPlainString()}, {"statement.total", s.total().toPlainString()}}) {
                ws.value(r, 5, ErrorMessages.label(t[0], locale));
                ws.value(r, 6, new java.math.BigDecimal(t[1]));
                ws.style(r, 6).format("0.00").bold().set();
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> ownProvider(Caller caller) {
        if (caller.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF)) {
            return Optional.empty();
        }
        return Optional.of(providers.providerOf(caller).map(ProviderRef::id).orElse(-1L));
    }

    private static Caller requireReader() {
        Caller c = TenantScope.requireCaller();
        if (c.county().isEmpty() || !c.hasAny(Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.PROVIDER_ADMIN)) {
            throw DomainException.forbidden("access.forbidden");
        }
        return c;
    }

    private SettlementView view(Settlement s, ProviderRef p, boolean withLines) {
        List<OrderView> lines = withLines ? views.views(orders.ordersOf(s)) : List.of();
        return new SettlementView(s.id(), s.providerId(), p == null ? "" : p.name(), s.month(), s.orders(),
                s.totalSelf(), s.totalAllowance(), s.totalCharity(), s.total(), s.createdBy(), s.createdAt(), lines);
    }
}
