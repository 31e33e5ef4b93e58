package org.yiyang.meals.domain;

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
 * A site's monthly settlement: the ledger entries booked into the month, with the totals per funding source (the
 * elder, the county's subsidy, the city's, charity); a reversal counts negatively. One per site and month (a unique
 * key); once made, the month is locked and entries recorded later go into the next open month
 * ({@link SettledMonths}).
 */
@Entity
@Table(name = "meals_settlement")
public class MealSettlement extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_settlement_seq")
    @SequenceGenerator(name = "meals_settlement_seq", sequenceName = "meals_settlement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "month", nullable = false, length = 7, updatable = false)
    private String month;

    /** Servings booked into the month (reversal entries not counted). */
    @Column(name = "servings", nullable = false)
    private int servings;

    /** Reversal entries booked into the month. */
    @Column(name = "reversals", nullable = false)
    private int reversals;

    @Column(name = "total_elder", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalElder;

    @Column(name = "total_county", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCounty;

    @Column(name = "total_city", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCity;

    @Column(name = "total_charity", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCharity;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MealSettlement() {
    }

    /** A month may be settled once it has begun, in China time: the current month so far, or any past month. */
    public static boolean maySettle(YearMonth month, Instant now) {
        return !month.isAfter(ChinaTime.monthOf(now));
    }

    /** An empty settlement of the site's month; {@link #include} adds the entries. */
    public MealSettlement(MealSite site, YearMonth month, String by, Instant at) {
        this.siteId = site.id();
        this.providerId = site.providerId();
        this.month = month.toString();
        this.totalElder = Money.ZERO.amount();
        this.totalCounty = Money.ZERO.amount();
        this.totalCity = Money.ZERO.amount();
        this.totalCharity = Money.ZERO.amount();
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Adds an entry booked into this site's month (a reversal with its negative amounts). */
    public void include(Serving s) {
        if (s.siteId() != siteId || !s.accountingMonth().equals(month())) {
            throw new IllegalArgumentException("serving " + s.id() + " is not booked into " + siteId + "/" + month);
        }
        if (s.isReversal()) {
            reversals++;
        } else {
            servings++;
        }
        MealSplit split = s.split();
        totalElder = plus(totalElder, split.elder());
        totalCounty = plus(totalCounty, split.county());
        totalCity = plus(totalCity, split.city());
        totalCharity = plus(totalCharity, split.charity());
    }

    private static BigDecimal plus(BigDecimal total, Money amount) {
        return Money.of(total).plus(amount).amount();
    }

    /** The totals per funding source; their sum is the price of the month's meals. */
    public MealSplit totals() {
        return new MealSplit(Money.of(totalElder), Money.of(totalCounty), Money.of(totalCity), Money.of(totalCharity));
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public long providerId() {
        return providerId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public int servings() {
        return servings;
    }

    public int reversals() {
        return reversals;
    }

    /** The meals that stand: servings less reversals. */
    public int meals() {
        return servings - reversals;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
