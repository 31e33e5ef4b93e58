package org.yiyang.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * A provider's monthly settlement: the confirmed orders completed by the end of the month and not settled
 * before, with totals by payer. One per provider and month; once made, the month is locked.
 */
@Entity
@Table(name = "orders_settlement")
public class Settlement extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_settlement_seq")
    @SequenceGenerator(name = "orders_settlement_seq", sequenceName = "orders_settlement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "month", nullable = false, length = 7, updatable = false)
    private String month;

    @Column(name = "orders", nullable = false)
    private int orders;

    @Column(name = "total_self", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalSelf;

    @Column(name = "total_allowance", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAllowance;

    @Column(name = "total_charity", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCharity;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Settlement() {
    }

    /** A month may be settled once it has begun, in China time: the current month so far, or any past month. */
    public static boolean maySettle(YearMonth month, Instant now) {
        return !month.isAfter(ChinaTime.monthOf(now));
    }

    /** A month's statement covers the orders checked out before midnight after its last day, in China time. */
    public static Instant periodEnd(YearMonth month) {
        return ChinaTime.endOf(month);
    }

    public Settlement(long providerId, String month, String by, Instant at) {
        this.providerId = providerId;
        this.month = month;
        this.orders = 0;
        this.totalSelf = Money.ZERO.amount();
        this.totalAllowance = Money.ZERO.amount();
        this.totalCharity = Money.ZERO.amount();
        this.total = Money.ZERO.amount();
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Adds one order's amount to the totals. */
    public void include(Payer payer, BigDecimal amount) {
        Money m = Money.of(amount);
        orders++;
        switch (payer) {
            case SELF -> totalSelf = plus(totalSelf, m);
            case ALLOWANCE -> totalAllowance = plus(totalAllowance, m);
            case CHARITY -> totalCharity = plus(totalCharity, m);
        }
        total = plus(total, m);
    }

    private static BigDecimal plus(BigDecimal total, Money amount) {
        return Money.of(total).plus(amount).amount();
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public String month() {
        return month;
    }

    public int orders() {
        return orders;
    }

    public BigDecimal totalSelf() {
        return totalSelf;
    }

    public BigDecimal totalAllowance() {
        return totalAllowance;
    }

    public BigDecimal totalCharity() {
        return totalCharity;
    }

    public BigDecimal total() {
        return total;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
