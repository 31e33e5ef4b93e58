package org.yiyang.renovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/**
 * One price of a catalog item, in force from a date, with the price it replaced, why, by whom and when (a version
 * like a policy's or a service price's; the catalog item carries the price in force today).
 */
@Entity
@Table(name = "renovation_price_change")
public class PriceChange extends TenantScopedEntity implements InForce.Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_price_change_seq")
    @SequenceGenerator(name = "renovation_price_change_seq", sequenceName = "renovation_price_change_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "item_code", nullable = false, length = 10, updatable = false)
    private String itemCode;

    @Column(name = "old_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal oldPrice;

    @Column(name = "new_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal newPrice;

    @Embedded
    private InForce inForce;

    protected PriceChange() {
    }

    public PriceChange(String itemCode, int version, BigDecimal oldPrice, BigDecimal newPrice, LocalDate effectiveFrom,
                       String reason, String by, Instant at) {
        this.itemCode = itemCode;
        this.oldPrice = oldPrice;
        this.newPrice = newPrice;
        this.inForce = new InForce(version, effectiveFrom, reason, by, at);
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal oldPrice() {
        return oldPrice;
    }

    public BigDecimal newPrice() {
        return newPrice;
    }

    public String reason() {
        return inForce.reason();
    }

    public String changedBy() {
        return inForce.createdBy();
    }

    public Instant changedAt() {
        return inForce.createdAt();
    }

    @Override
    public InForce inForce() {
        return inForce;
    }
}
