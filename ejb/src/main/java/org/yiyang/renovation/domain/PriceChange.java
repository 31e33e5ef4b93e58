package org.yiyang.renovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One price change of a catalog item: from what to what, why, by whom and when. */
@Entity
@Table(name = "renovation_price_change")
public class PriceChange extends TenantScopedEntity {

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

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected PriceChange() {
    }

    public PriceChange(String itemCode, BigDecimal oldPrice, BigDecimal newPrice, String reason, String by,
                       Instant at) {
        this.itemCode = itemCode;
        this.oldPrice = oldPrice;
        this.newPrice = newPrice;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
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
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
