package org.yiyang.meals.application;

import java.time.LocalDate;

/**
 * A meal booked ahead for an elder at their home site.
 *
 * @param day    from tomorrow on
 * @param period BREAKFAST, LUNCH or DINNER
 * @param diet   NONE, DIABETIC, SOFT, MINCED, LOW_SALT; the registration's diet when empty
 */
public record BookMeal(Long elderId, LocalDate day, String period, String diet) {
}
