package org.yiyang.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.shared.domain.InForce;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One version of a county's price of a service. Never changed: a new price is a new version. */
@Entity
@Table(name = "orders_service_price")
public class ServicePrice extends TenantScopedEntity implements InForce.Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_service_price_seq")
    @SequenceGenerator(name = "orders_service_price_seq", sequenceName = "orders_service_price_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 30, updatable = false)
    private ServiceKind service;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Embedded
    private InForce inForce;

    protected ServicePrice() {
    }

    public ServicePrice(ServiceKind service, int version, BigDecimal unitPrice, int durationMinutes,
                        LocalDate effectiveFrom, String reason, String by, Instant at) {
        this.service = service;
        this.unitPrice = unitPrice;
        this.durationMinutes = durationMinutes;
        this.inForce = new InForce(version, effectiveFrom, reason, by, at);
    }

    public ServiceKind service() {
        return service;
    }

    public int version() {
        return inForce.version();
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public LocalDate effectiveFrom() {
        return inForce.effectiveFrom();
    }

    public String reason() {
        return inForce.reason();
    }

    public String createdBy() {
        return inForce.createdBy();
    }

    public Instant createdAt() {
        return inForce.createdAt();
    }

    @Override
    public InForce inForce() {
        return inForce;
    }
}
