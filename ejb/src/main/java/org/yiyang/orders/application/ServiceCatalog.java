package org.yiyang.orders.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.orders.domain.ServiceKind;
import org.yiyang.orders.domain.ServicePrice;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.InForce;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * The home-service catalog of the county: every service with its price and duration in force. County
 * administrators change prices as new versions from a day on; an order keeps the price (and the version)
 * it was created with, so a change never alters existing orders.
 */
@Stateless
public class ServiceCatalog {

    static final BigDecimal MAX_PRICE = new BigDecimal("10000.00");

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The catalog with the prices in force today. */
    public List<ServiceView> services() {
        TenantScope.requireCounty();
        LocalDate today = ChinaTime.today(clock);
        List<ServiceView> list = new ArrayList<>();
        for (ServiceKind k : ServiceKind.values()) {
            list.add(priceOn(k, today));
        }
        return list;
    }

    /** The price of a service in force on a day. */
    public ServiceView priceOn(ServiceKind service, LocalDate day) {
        return InForce.on(versions(service), day).map(ServiceCatalog::view).orElseGet(() -> nationalDefault(service));
    }

    public List<ServiceView> history(String service) {
        ServiceKind k = kind(service);
        List<ServiceView> h = new ArrayList<>(versions(k).stream().map(ServiceCatalog::view)
                .sorted(Comparator.comparingInt(ServiceView::version).reversed()).toList());
        h.add(nationalDefault(k));
        return h;
    }

    public ServiceView changePrice(String service, PriceChange change) {
        Caller caller = Access.requireCountyRole("catalog.adminOnly", Role.COUNTY_ADMIN);
        ServiceKind k = kind(service);
        BigDecimal price = change.unitPrice();
        if (price == null || price.signum() < 0 || !Money.isExact(price) || price.compareTo(MAX_PRICE) > 0) {
            throw DomainException.invalid("unitPrice", "policy.money.range", MAX_PRICE.toPlainString());
        }
        int minutes = change.durationMinutes() == null ? priceOn(k, ChinaTime.today(clock)).durationMinutes()
                : change.durationMinutes();
        if (minutes < 1 || minutes > 24 * 60 * 31) {
            throw DomainException.invalid("durationMinutes", "catalog.duration.invalid");
        }
        if (!InForce.mayTakeEffectOn(change.effectiveFrom(), clock.instant())) {
            throw DomainException.invalid("effectiveFrom", "policy.effectiveFrom.past");
        }
        String reason = change.reason() == null ? "" : change.reason().strip();
        if (reason.isEmpty() || reason.length() > 200) {
            throw DomainException.invalid("reason", "policy.reason.required", 200);
        }
        int next = InForce.nextVersion(versions(k));
        ServicePrice p = new ServicePrice(k, next, Money.exact(price), minutes, change.effectiveFrom(), reason,
                caller.username(), clock.instant());
        em.persist(p);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("policy.concurrentChange");
        }
        audit.record("PRICE_CHANGED", "service", k.name(), "v" + next + ": " + p.unitPrice() + " / " + minutes
                + " min from " + change.effectiveFrom() + " (" + reason + ")");
        return view(p);
    }

    static ServiceKind kind(String service) {
        try {
            return ServiceKind.valueOf(service == null ? "" : service.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("service", "value.unknown", String.valueOf(service));
        }
    }

    private List<ServicePrice> versions(ServiceKind k) {
        return em.createQuery("select p from ServicePrice p where p.service = :s order by p.inForce.version", ServicePrice.class)
                .setParameter("s", k).getResultList();
    }

    private static ServiceView view(ServicePrice p) {
        return new ServiceView(p.service().name(), p.service().unit().name(), p.unitPrice(), p.durationMinutes(),
                p.version(), p.effectiveFrom(), false, p.reason(), p.createdBy(), p.createdAt());
    }

    private static ServiceView nationalDefault(ServiceKind k) {
        return new ServiceView(k.name(), k.unit().name(), k.defaultPrice(), k.defaultMinutes(), 0, null, true, null,
                null, null);
    }
}
