package org.yiyang.orders.domain;

import jakarta.persistence.Column;
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
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One version of a county's price of a service. Never changed: a new price is a new version. */
@Entity
@Table(name = "orders_service_price")
public class ServicePrice extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_service_price_seq")
    @SequenceGenerator(name = "orders_service_price_seq", sequenceName = "orders_service_price_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 30, updatable = false)
    private ServiceKind service;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ServicePrice() {
    }

    public ServicePrice(ServiceKind service, int version, BigDecimal unitPrice, int durationMinutes,
                        LocalDate effectiveFrom, String reason, String by, Instant at) {
        this.service = service;
        this.version = version;
        this.unitPrice = unitPrice;
        this.durationMinutes = durationMinutes;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.createdBy = by;
        this.createdAt = at;
    }

    public ServiceKind service() {
        return service;
    }

    public int version() {
        return version;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
