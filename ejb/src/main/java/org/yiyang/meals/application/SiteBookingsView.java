package org.yiyang.meals.application;

import java.time.LocalDate;
import java.util.List;

/** A site's booked meals of a day: the count per meal period and diet, for the kitchen, and the bookings. */
public record SiteBookingsView(long siteId, String siteName, LocalDate day, List<PeriodBookings> counts,
                               List<BookingView> bookings) {

    /** The meals booked for a period the site serves (served ones included), and how many of each diet. */
    public record PeriodBookings(String period, long booked, List<DietCount> diets) {
    }

    /** The meals booked of one diet. */
    public record DietCount(String diet, long booked) {
    }
}
