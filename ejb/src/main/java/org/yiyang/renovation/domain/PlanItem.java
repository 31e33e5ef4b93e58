package org.yiyang.renovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** An assessed item of a plan: a copy of the catalog item as priced when the plan was assessed. */
@Entity
@Table(name = "renovation_plan_item")
public class PlanItem extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_plan_item_seq")
    @SequenceGenerator(name = "renovation_plan_item_seq", sequenceName = "renovation_plan_item_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "item_code", nullable = false, length = 10, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20, updatable = false)
    private CatalogCategory category;

    @Column(name = "name", nullable = false, length = 60, updatable = false)
    private String name;

    @Column(name = "unit", nullable = false, length = 10, updatable = false)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "basic", nullable = false, updatable = false)
    private boolean basic;

    protected PlanItem() {
    }

    PlanItem(Plan plan, CatalogItem item, int quantity) {
        this.plan = plan;
        this.itemCode = item.code();
        this.category = item.category();
        this.name = item.name();
        this.unit = item.unit();
        this.unitPrice = item.unitPrice();
        this.quantity = quantity;
        this.amount = Money.of(item.unitPrice()).times(quantity).amount();
        this.basic = item.basic();
    }

    public String itemCode() {
        return itemCode;
    }

    public CatalogCategory category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal amount() {
        return amount;
    }

    public boolean basic() {
        return basic;
    }
}
