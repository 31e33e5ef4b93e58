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
import java.time.Instant;
import java.time.LocalDate;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * A meal booked ahead for an elder at their home site: a day from tomorrow on (at most {@link #MAX_DAYS_AHEAD}
 * days ahead), a meal period the site serves, and the diet to cook. One live booking per elder, day and period (a
 * unique key); it is cancelled before its day, or marked served when the elder is served that meal at the site.
 */
@Entity
@Table(name = "meals_booking")
public class MealBooking extends TrackedEntity {

    /** How many days ahead meals are booked. */
    public static final int MAX_DAYS_AHEAD = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_booking_seq")
    @SequenceGenerator(name = "meals_booking_seq", sequenceName = "meals_booking_seq", allocationSize = 50)
    private Long id;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "meal_day", nullable = false, updatable = false)
    private LocalDate mealDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16, updatable = false)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "diet", nullable = false, length = 16, updatable = false)
    private MealDiet diet;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "serving_id")
    private Long servingId;

    protected MealBooking() {
    }

    /**
     * A meal booked for the elder of an active registration at its home site, which must serve the period (an open
     * site); the diet is the registration's unless another is given.
     */
    public static MealBooking book(MealRegistration registration, MealSite site, LocalDate day, MealPeriod period,
                                   MealDiet diet, LocalDate today, String by, Instant at) {
        registration.requireActive();
        if (site.id() != registration.homeSiteId()) {
            throw new IllegalArgumentException("site " + site.id() + " is not the home site of " + registration.id());
        }
        if (!day.isAfter(today)) {
            throw DomainException.invalid("day", "meals.booking.day.notAhead");
        }
        if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw DomainException.invalid("day", "meals.booking.day.tooFar", MAX_DAYS_AHEAD);
        }
        site.requireServes(period, ServingKind.SERVED);
        MealBooking b = new MealBooking(by, at);
        b.elderId = registration.elderId();
        b.registrationId = registration.id();
        b.siteId = site.id();
        b.mealDay = day;
        b.period = period;
        b.diet = diet == null ? registration.diet() : diet;
        b.status = BookingStatus.BOOKED;
        return b;
    }

    private MealBooking(String by, Instant at) {
        super(by, at);
    }

    /** Cancels the booking, before its day only: the kitchen plans the day before. */
    public void cancel(LocalDate today, String by, Instant at) {
        requireBooked();
        if (!mealDay.isAfter(today)) {
            throw DomainException.conflict("meals.booking.tooLate");
        }
        status = BookingStatus.CANCELLED;
        touched(by, at);
    }

    /**
     * Marks the booking served when the serving is its meal: a serving (not a reversal) of the elder on the booked
     * day and period at the booked site, while the booking stands. Anything else leaves it as it is.
     *
     * @return whether it was marked served
     */
    public boolean servedBy(Serving s) {
        if (status != BookingStatus.BOOKED || s.isReversal() || s.elderId() != elderId || s.siteId() != siteId
                || !s.mealDay().equals(mealDay) || s.period() != period) {
            return false;
        }
        this.status = BookingStatus.SERVED;
        this.servingId = s.id();
        touched(s.recordedBy(), s.recordedAt());
        return true;
    }

    private void requireBooked() {
        if (status != BookingStatus.BOOKED) {
            throw DomainException.conflict("meals.booking.status", new DomainException.Label("BookingStatus."
                    + status.name()));
        }
    }

    public Long id() {
        return id;
    }

    public long elderId() {
        return elderId;
    }

    public long registrationId() {
        return registrationId;
    }

    public long siteId() {
        return siteId;
    }

    public LocalDate mealDay() {
        return mealDay;
    }

    public MealPeriod period() {
        return period;
    }

    public MealDiet diet() {
        return diet;
    }

    public BookingStatus status() {
        return status;
    }

    public Long servingId() {
        return servingId;
    }
}
