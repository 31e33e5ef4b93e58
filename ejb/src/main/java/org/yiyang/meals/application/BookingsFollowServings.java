package org.yiyang.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.yiyang.meals.domain.BookingRepository;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;

/**
 * A booked meal is marked served when the elder is served it, in the serving's transaction: the booking decides
 * whether the serving is its meal ({@link org.yiyang.meals.domain.MealBooking#servedBy}).
 */
@ApplicationScoped
public class BookingsFollowServings {

    @Inject
    BookingRepository bookings;

    @Inject
    ServingRepository servings;

    void served(@Observes MealServed e) {
        bookings.live(e.elderId(), e.day(), MealPeriod.valueOf(e.period())).ifPresent(b -> {
            Serving s = servings.find(e.servingId()).orElseThrow();
            b.servedBy(s);
        });
    }
}
