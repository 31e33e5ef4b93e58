package org.yiyang.meals.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An elder registered for daily meals has had no meal (served or delivered, standing) for {@code days} days: fired
 * once per absence spell, in the transaction of the detection that found it first.
 *
 * @param lastMealDay the last day with a standing meal, in China; null when the elder has had none since registering
 * @param detectedAt  the moment of the detection (its day in China is the day the absence was counted to)
 */
public record MealNoShow(String county, long elderId, LocalDate lastMealDay, int days, Instant detectedAt) {
}
