package org.yiyang.meals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Meal bookings of the current county. */
public interface BookingRepository {

    Optional<MealBooking> find(long id);

    /** The elder's live booking (booked or served, not cancelled) of a day's meal period, if any. */
    Optional<MealBooking> live(long elderId, LocalDate day, MealPeriod period);

    /** The elder's bookings from a day on (all when empty), by day, in the order booked. */
    List<MealBooking> ofElder(long elderId, Optional<LocalDate> from, int max);

    /** The live bookings of a site's day (booked or served), in the order booked. */
    List<MealBooking> ofSite(long siteId, LocalDate day);

    /**
     * Stores a new booking and writes it at once, so that a second live booking of the elder's meal (made at the same
     * moment) fails here, on the unique key.
     */
    void store(MealBooking booking);
}
