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
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.Money;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A home-service order for an elder. Its price is fixed when it is created (from the county's price list,
 * recording the price version); its transitions check where it stands and refuse what does not follow.
 */
@Entity
@Table(name = "orders_order")
public class Order extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_order_seq")
    @SequenceGenerator(name = "orders_order_seq", sequenceName = "orders_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 30, updatable = false)
    private ServiceKind service;

    @Column(name = "price_version", nullable = false, updatable = false)
    private int priceVersion;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "planned_minutes", nullable = false, updatable = false)
    private int plannedMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer", nullable = false, length = 16, updatable = false)
    private Payer payer;

    @Column(name = "allowance_month", length = 7, updatable = false)
    private String allowanceMonth;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "request_notes", length = 500)
    private String requestNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16, updatable = false)
    private OrderOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "check_in_lat", precision = 9, scale = 6)
    private BigDecimal checkInLatitude;

    @Column(name = "check_in_lng", precision = 9, scale = 6)
    private BigDecimal checkInLongitude;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "completion_notes", length = 500)
    private String completionNotes;

    @JdbcTypeCode(SqlTypes.TINYINT)
    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "confirmed_by", length = 16)
    private String confirmedBy;

    @Column(name = "closing_reason", length = 200)
    private String closingReason;

    @Column(name = "settlement_id")
    private Long settlementId;

    protected Order() {
    }

    /** A new order (status CREATED), priced from the county's price list. */
    public Order(long elderId, String townshipCode, ServiceKind service, int priceVersion, BigDecimal unitPrice,
                 int quantity, int plannedMinutes, Payer payer, String allowanceMonth, Instant scheduledAt,
                 String address, String requestNotes, OrderOrigin origin, String by, Instant at) {
        super(by, at);
        this.elderId = elderId;
        this.townshipCode = townshipCode;
        this.service = service;
        this.priceVersion = priceVersion;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.amount = Money.of(unitPrice).times(quantity).amount();
        this.plannedMinutes = plannedMinutes;
        this.payer = payer;
        this.allowanceMonth = allowanceMonth;
        this.scheduledAt = scheduledAt;
        this.address = address;
        this.requestNotes = requestNotes;
        this.origin = origin;
        this.status = OrderStatus.CREATED;
    }

    /** Dispatched to a provider (again, after a rejection). */
    public OrderStatus assignProvider(long provider, String by, Instant at) {
        OrderStatus from = require(OrderAction.ASSIGN);
        this.providerId = provider;
        this.staffId = null;
        this.closingReason = null;
        return move(from, OrderStatus.ASSIGNED, by, at);
    }

    /** The provider gives it to a member of its staff (or to another one, before check-in). */
    public OrderStatus assignStaff(long staff, String by, Instant at) {
        OrderStatus from = require(OrderAction.ASSIGN_STAFF);
        this.staffId = staff;
        return move(from, OrderStatus.ASSIGNED, by, at);
    }

    /** The provider declines it; the county can dispatch it to another provider. */
    public OrderStatus reject(String reason, String by, Instant at) {
        OrderStatus from = require(OrderAction.REJECT);
        this.closingReason = reason;
        this.providerId = null;
        this.staffId = null;
        return move(from, OrderStatus.REJECTED, by, at);
    }

    public OrderStatus cancel(String reason, String by, Instant at) {
        OrderStatus from = require(OrderAction.CANCEL);
        this.closingReason = reason;
        return move(from, OrderStatus.CANCELLED, by, at);
    }

    /** The staff member arrives: time and place. */
    public OrderStatus checkIn(Instant when, BigDecimal latitude, BigDecimal longitude, String by, Instant at) {
        OrderStatus from = require(OrderAction.CHECK_IN);
        if (staffId == null) {
            throw DomainException.conflict("order.noStaff");
        }
        this.checkedInAt = when;
        this.checkInLatitude = latitude;
        this.checkInLongitude = longitude;
        return move(from, OrderStatus.CHECKED_IN, by, at);
    }

    /**
     * The staff member leaves: the service is done. The duration is the time between check-in and
     * check-out unless the provider reports the minutes actually served.
     */
    public OrderStatus checkOut(Instant when, Integer reportedMinutes, String notes, String by, Instant at) {
        OrderStatus from = require(OrderAction.CHECK_OUT);
        if (when.isBefore(checkedInAt)) {
            throw DomainException.invalid("checkedOutAt", "order.checkOut.beforeCheckIn");
        }
        int elapsed = (int) Duration.between(checkedInAt, when).toMinutes();
        if (reportedMinutes != null && reportedMinutes < 0) {
            throw DomainException.invalid("durationMinutes", "order.duration.negative");
        }
        if (reportedMinutes != null && reportedMinutes > elapsed + 1) {
            // more minutes than the worker was on site: the time between check-in and check-out is the limit
            throw DomainException.invalid("durationMinutes", "order.duration.exceedsElapsed", reportedMinutes, elapsed);
        }
        this.checkedOutAt = when;
        this.durationMinutes = reportedMinutes != null ? reportedMinutes : elapsed;
        this.completionNotes = notes;
        return move(from, OrderStatus.COMPLETED, by, at);
    }

    /** The elder or the family confirm the service and rate it (1-5). */
    public OrderStatus confirm(int stars, String comment, String confirmer, String by, Instant at) {
        OrderStatus from = require(OrderAction.CONFIRM);
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("rating", "order.rating.invalid");
        }
        this.rating = stars;
        this.ratingComment = comment;
        this.confirmedBy = confirmer;
        return move(from, OrderStatus.CONFIRMED, by, at);
    }

    public OrderStatus settle(long settlement, String by, Instant at) {
        OrderStatus from = require(OrderAction.SETTLE);
        this.settlementId = settlement;
        return move(from, OrderStatus.SETTLED, by, at);
    }

    /**
     * Whether the step may be taken now: the order stands in a status the step starts from, and a check-in needs
     * the member of staff who arrives.
     */
    public boolean allows(OrderAction action) {
        return action.startsFrom(status) && (action != OrderAction.CHECK_IN || staffId != null);
    }

    private OrderStatus require(OrderAction action) {
        return Lifecycle.require("order.transition.invalid", "OrderAction", status, action.key(), action.from());
    }

    private OrderStatus move(OrderStatus from, OrderStatus to, String by, Instant at) {
        this.status = to;
        touched(by, at);
        return from;
    }

    /** Whether this order holds part of the elder's allowance right now. */
    public boolean holdsAllowance() {
        return payer == Payer.ALLOWANCE && OrderStatus.RESERVING.contains(status);
    }

    public Long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public ServiceKind service() {
        return service;
    }

    public int priceVersion() {
        return priceVersion;
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

    public int plannedMinutes() {
        return plannedMinutes;
    }

    public Payer payer() {
        return payer;
    }

    /**
     * The allowance month an order draws on: the month in which its service is scheduled, in China time (an
     * order for 2027-01-01 00:30 Beijing time draws on January's allowance, though it is still 2026 in UTC).
     */
    public static YearMonth allowanceMonthOf(Instant scheduledAt) {
        return ChinaTime.monthOf(scheduledAt);
    }

    public String allowanceMonth() {
        return allowanceMonth;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String address() {
        return address;
    }

    public String requestNotes() {
        return requestNotes;
    }

    public OrderOrigin origin() {
        return origin;
    }

    public OrderStatus status() {
        return status;
    }

    public Long providerId() {
        return providerId;
    }

    public Long staffId() {
        return staffId;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public BigDecimal checkInLatitude() {
        return checkInLatitude;
    }

    public BigDecimal checkInLongitude() {
        return checkInLongitude;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String completionNotes() {
        return completionNotes;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public String closingReason() {
        return closingReason;
    }

    public Long settlementId() {
        return settlementId;
    }
}
