package org.yiyang.web.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.orders.application.PriceChange;
import org.yiyang.orders.application.ServiceCatalog;
import org.yiyang.orders.application.ServiceView;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.web.faces.Faces;

/** The county's service catalog with prices in force, their history, and price changes (county administrators). */
@Named
@ViewScoped
public class ServiceCatalogView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceCatalog catalog;

    @Inject
    transient Clock clock;

    private List<ServiceView> services = List.of();
    private String selected;
    private List<ServiceView> history = List.of();
    private BigDecimal unitPrice;
    private Integer durationMinutes;
    private LocalDate effectiveFrom;
    private String reason;

    public void load() {
        try {
            services = catalog.services();
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Opens a service's history and the change form with its current price. */
    public void select(String service) {
        selected = service;
        history = catalog.history(service);
        ServiceView now = services.stream().filter(s -> s.service().equals(service)).findFirst().orElseThrow();
        unitPrice = now.unitPrice();
        durationMinutes = now.durationMinutes();
        effectiveFrom = ChinaTime.today(clock).plusDays(1);
        reason = null;
    }

    public void change() {
        try {
            catalog.changePrice(selected, new PriceChange(unitPrice, durationMinutes, effectiveFrom, reason));
            services = catalog.services();
            history = catalog.history(selected);
            Faces.info("catalog.changed");
        } catch (DomainException e) {
            Faces.show(e, "priceForm");
        }
    }

    public boolean isMayChange() {
        return TenantScope.currentCaller().map(c -> c.county().isPresent() && c.has(Role.COUNTY_ADMIN)).orElse(false);
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public String getSelected() {
        return selected;
    }

    public List<ServiceView> getHistory() {
        return history;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
