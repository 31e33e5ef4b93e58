package org.yiyang.meals.domain;

import java.time.LocalDate;

/**
 * An absence spell of an elder registered for daily meals: no meal standing (served or delivered, not reversed)
 * from {@code absentSince} on. It is keyed by elder and first day without a meal, so the same absence is detected
 * once however often the detection runs; a meal ends it, and the next absence is another spell.
 *
 * @param lastMealDay the last day with a standing meal; null when the elder has had none since registering
 * @param days        days without a meal, counted to the day the detection last saw the spell
 * @param detectedOn  the day the spell was first detected
 */
public record NoShow(long elderId, long registrationId, long homeSiteId, LocalDate absentSince, LocalDate lastMealDay,
                     int days, LocalDate detectedOn) {
}
