package org.yiyang.meals.application;

import java.time.LocalDate;

/**
 * An elder on the follow-up list: registered for daily meals and not come for days.
 *
 * @param absentSince the first day without a meal
 * @param lastMealDay the last day with a meal; null when none since registering
 * @param days        days without a meal, as the last detection counted them
 * @param detectedOn  the day the absence was first detected
 */
public record NoShowView(long elderId, String elderName, String elderIdNumberMasked, String townshipCode,
                         String townshipName, long homeSiteId, String homeSiteName, LocalDate absentSince,
                         LocalDate lastMealDay, int days, LocalDate detectedOn) {
}
