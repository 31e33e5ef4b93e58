package org.yiyang.meals.domain;

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
import java.time.YearMonth;
import java.util.Optional;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * One entry of the meal ledger: a meal served at a site or delivered from it, priced under the subsidy table
 * version in force on the meal's day. Entries are never changed or deleted: a correction is a reversal entry, a
 * negated copy linked to the original (at most one per original), which gives the elder's subsidised meal back.
 * Each entry is booked into an accounting month when it is recorded ({@link SettledMonths}); it keeps its meal day.
 */
@Entity
@Table(name = "meals_serving")
public class Serving extends TenantScopedEntity {

    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_serving_seq")
    @SequenceGenerator(name = "meals_serving_seq", sequenceName = "meals_serving_seq", allocationSize = 50)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    /** The site's township. */
    @Column(name = "township_code", nullable = false, length = 12, updatable = false)
    private String townshipCode;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "meal_day", nullable = false, updatable = false)
    private LocalDate mealDay;

    /** The month ({@code yyyy-MM}) whose settlement holds the entry: set once, when it is recorded. */
    @Column(name = "accounting_month", nullable = false, length = 7, updatable = false)
    private String accountingMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16, updatable = false)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private ServingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "identified_by", nullable = false, length = 16, updatable = false)
    private Identification identifiedBy;

    @Column(name = "subsidised", nullable = false, updatable = false)
    private boolean subsidised;

    @Column(name = "full_price", nullable = false, updatable = false)
    private boolean fullPrice;

    @Column(name = "table_version", nullable = false, updatable = false)
    private int tableVersion;

    @Column(name = "price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal price;

    @Column(name = "elder_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal elderPart;

    @Column(name = "county_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal countyPart;

    @Column(name = "city_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal cityPart;

    @Column(name = "charity_part", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal charityPart;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected Serving() {
    }

    /**
     * A meal served today at an open site that serves the period (and delivers, for a delivery).
     *
     * @param fullPrice whether the meal was asked for at full price (no subsidy, no claim)
     * @param settled   the months the site has settled: the entry is booked into the first open one
     */
    public static Serving record(MealSite site, MealRegistration registration, LocalDate mealDay, MealPeriod period,
                                 ServingKind kind, Identification identifiedBy, MealPrice price, boolean fullPrice,
                                 SettledMonths settled, String by, Instant at) {
        site.requireServes(period, kind);
        Serving s = new Serving();
        s.siteId = site.id();
        s.providerId = site.providerId();
        s.townshipCode = site.townshipCode();
        s.elderId = registration.elderId();
        s.registrationId = registration.id();
        s.mealDay = mealDay;
        s.accountingMonth = settled.accountingMonthOf(mealDay).toString();
        s.period = period;
        s.kind = kind;
        s.identifiedBy = identifiedBy;
        s.subsidised = price.subsidised();
        s.fullPrice = fullPrice;
        s.tableVersion = price.tableVersion();
        s.price = price.price().amount();
        s.apply(price.split());
        s.recordedAt = at;
        s.recordedBy = by;
        return s;
    }

    /**
     * The reversal entry of this serving: every amount negated, linked to it, with the reason; booked into the first
     * open month of the site from the meal's month on (the next open month when the meal's month is settled).
     */
    public Serving reversal(String why, SettledMonths settled, String by, Instant at) {
        if (isReversal()) {
            throw DomainException.conflict("meals.serving.isReversal");
        }
        Serving r = new Serving();
        r.siteId = siteId;
        r.providerId = providerId;
        r.townshipCode = townshipCode;
        r.elderId = elderId;
        r.registrationId = registrationId;
        r.mealDay = mealDay;
        r.accountingMonth = settled.accountingMonthOf(mealDay).toString();
        r.period = period;
        r.kind = kind;
        r.identifiedBy = identifiedBy;
        r.subsidised = subsidised;
        r.fullPrice = fullPrice;
        r.tableVersion = tableVersion;
        r.price = Money.ZERO.minus(Money.of(price)).amount();
        r.apply(split().negated());
        r.reversesId = id;
        r.reason = why;
        r.recordedAt = at;
        r.recordedBy = by;
        return r;
    }

    /** The subsidised meal this serving takes; none for meals at full price and for reversal entries. */
    public Optional<SubsidyClaim> claim() {
        return subsidised && !isReversal() ? Optional.of(new SubsidyClaim(elderId, mealDay, period))
                : Optional.empty();
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    public MealSplit split() {
        return new MealSplit(Money.of(elderPart), Money.of(countyPart), Money.of(cityPart), Money.of(charityPart));
    }

    private void apply(MealSplit split) {
        this.elderPart = split.elder().amount();
        this.countyPart = split.county().amount();
        this.cityPart = split.city().amount();
        this.charityPart = split.charity().amount();
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

    public String townshipCode() {
        return townshipCode;
    }

    public long elderId() {
        return elderId;
    }

    public long registrationId() {
        return registrationId;
    }

    public LocalDate mealDay() {
        return mealDay;
    }

    /** The month whose settlement holds the entry. */
    public YearMonth accountingMonth() {
        return YearMonth.parse(accountingMonth);
    }

    public MealPeriod period() {
        return period;
    }

    public ServingKind kind() {
        return kind;
    }

    public Identification identifiedBy() {
        return identifiedBy;
    }

    public boolean subsidised() {
        return subsidised;
    }

    public boolean fullPrice() {
        return fullPrice;
    }

    public int tableVersion() {
        return tableVersion;
    }

    public BigDecimal price() {
        return price;
    }

    public Long reversesId() {
        return reversesId;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
