package org.yiyang.renovation.domain;

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
import org.yiyang.shared.domain.TrackedEntity;

/**
 * An item of a county's renovation catalog with its current price. Every county starts from the default catalog
 * (seeded by migration V7: 6 categories, 22 items); plans copy the price when they are assessed.
 */
@Entity
@Table(name = "renovation_catalog_item")
public class CatalogItem extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_catalog_item_seq")
    @SequenceGenerator(name = "renovation_catalog_item_seq", sequenceName = "renovation_catalog_item_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 10, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private CatalogCategory category;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "product", nullable = false, length = 120)
    private String product;

    @Column(name = "unit", nullable = false, length = 10)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "basic", nullable = false)
    private boolean basic;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CatalogItem() {
    }

    /** A new item of the county's catalog. */
    public CatalogItem(String code, CatalogCategory category, String name, String product, String unit,
                       BigDecimal unitPrice, boolean basic, int sortOrder, String by, Instant at) {
        super(by, at);
        this.code = code;
        this.category = category;
        this.name = name;
        this.product = product;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.basic = basic;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    /** A new price (or taking the item out of / back into the catalog); returns the old price. */
    public BigDecimal change(BigDecimal newPrice, boolean nowActive, String by, Instant at) {
        BigDecimal old = unitPrice;
        this.unitPrice = newPrice;
        this.active = nowActive;
        touched(by, at);
        return old;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CatalogCategory category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String product() {
        return product;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public boolean basic() {
        return basic;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
