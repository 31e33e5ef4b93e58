package org.yiyang.meals.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booked meal.
 *
 * @param status    BOOKED, SERVED or CANCELLED
 * @param servingId the serving of the booked meal, once served
 */
public record BookingView(long id, long elderId, String elderName, String elderIdNumberMasked, long siteId,
                          String siteName, LocalDate day, String period, String diet, String status, Long servingId,
                          Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
