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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.Lifecycle;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A meal site of the county (孝善食堂, 老年餐桌, 助餐点): its operator, place, capacity, the meals it serves and
 * whether it delivers. It is planned before it is built; every change of status goes through one guard
 * ({@link MealSiteAction}), and only an open site serves meals.
 */
@Entity
@Table(name = "meals_site")
public class MealSite extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_site_seq")
    @SequenceGenerator(name = "meals_site_seq", sequenceName = "meals_site_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_type", nullable = false, length = 16)
    private MealSiteType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_level", nullable = false, length = 16)
    private MealSiteLevel level;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    /** The meal periods served, comma-separated in the order of the day. */
    @Column(name = "periods", nullable = false, length = 30)
    private String periods;

    @Column(name = "delivery", nullable = false)
    private boolean delivery;

    @Column(name = "opening_date")
    private LocalDate openingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MealSiteStatus status;

    protected MealSite() {
    }

    /** A new site, planned (status PLANNED). */
    public MealSite(SiteDetails details, String by, Instant at) {
        super(by, at);
        this.status = MealSiteStatus.PLANNED;
        apply(details);
    }

    /** Changes what is recorded of the site (not once it is closed). */
    public void change(SiteDetails details, String by, Instant at) {
        require(MealSiteAction.EDIT);
        apply(details);
        touched(by, at);
    }

    /**
     * Opens, suspends or closes the site. A site opened without an opening date opens on the given day.
     *
     * @return the status it came from
     */
    public MealSiteStatus take(MealSiteAction action, LocalDate today, String by, Instant at) {
        MealSiteStatus target = action.leadsTo().orElseThrow(() -> new IllegalArgumentException(action.name()));
        MealSiteStatus from = require(action);
        if (target == MealSiteStatus.OPEN && openingDate == null) {
            openingDate = today;
        }
        status = target;
        touched(by, at);
        return from;
    }

    /**
     * A meal may be recorded here: the site is open, serves the period, and delivers if the meal is a delivery.
     */
    public void requireServes(MealPeriod period, ServingKind kind) {
        require(MealSiteAction.SERVE);
        if (!periods().contains(period)) {
            throw DomainException.invalid("period", "meals.site.periodNotServed",
                    new DomainException.Label("MealPeriod." + period.name()));
        }
        if (kind == ServingKind.DELIVERED && !delivery) {
            throw DomainException.invalid("kind", "meals.site.noDelivery");
        }
    }

    /** Whether the step may be taken in the site's status. */
    public boolean allows(MealSiteAction action) {
        return action.startsFrom(status);
    }

    private MealSiteStatus require(MealSiteAction action) {
        return Lifecycle.require("meals.site.transition.invalid", "MealSiteAction", status, action.key(),
                action.from());
    }

    private void apply(SiteDetails d) {
        this.type = d.type();
        this.level = d.level();
        this.name = d.name();
        this.providerId = d.providerId();
        this.address = d.address();
        this.villageCode = d.villageCode();
        this.townshipCode = d.townshipCode();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.capacity = d.capacity();
        this.periods = d.periods().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.delivery = d.delivery();
        this.openingDate = d.openingDate();
    }

    public Long id() {
        return id;
    }

    public MealSiteType type() {
        return type;
    }

    public MealSiteLevel level() {
        return level;
    }

    public String name() {
        return name;
    }

    public long providerId() {
        return providerId;
    }

    public String address() {
        return address;
    }

    public String villageCode() {
        return villageCode;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public int capacity() {
        return capacity;
    }

    public Set<MealPeriod> periods() {
        Set<MealPeriod> s = EnumSet.noneOf(MealPeriod.class);
        Arrays.stream(periods.split(",")).map(MealPeriod::valueOf).forEach(s::add);
        return s;
    }

    public boolean delivery() {
        return delivery;
    }

    public LocalDate openingDate() {
        return openingDate;
    }

    public MealSiteStatus status() {
        return status;
    }
}
