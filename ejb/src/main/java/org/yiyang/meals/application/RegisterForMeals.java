package org.yiyang.meals.application;

/**
 * An elder's registration for meal assistance.
 *
 * @param diet  NONE, DIABETIC, SOFT, MINCED, LOW_SALT (NONE when empty)
 * @param daily whether the elder eats at the site every day (false when empty)
 */
public record RegisterForMeals(Long elderId, Long homeSiteId, String diet, Boolean daily) {
}
