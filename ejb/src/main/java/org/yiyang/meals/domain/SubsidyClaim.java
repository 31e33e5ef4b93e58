package org.yiyang.meals.domain;

import java.time.LocalDate;

/** An elder's one subsidised meal of a period and day, in the whole county, taken by a serving. */
public record SubsidyClaim(long elderId, LocalDate mealDay, MealPeriod period) {
}
