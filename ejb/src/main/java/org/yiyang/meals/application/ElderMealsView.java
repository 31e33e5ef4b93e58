package org.yiyang.meals.application;

import java.util.List;

/**
 * An elder's meals as the elder's file shows them: the registration (the active one, else the latest ended one;
 * null when the elder was never registered), the state of the meal card, and the latest servings.
 *
 * @param card     VALID, EXPIRED (an active registration whose card has passed its last day; a new card is due) or
 *                 ENDED (the registration ended); null without a registration
 * @param servings the latest meals, newest first (reversed ones marked)
 */
public record ElderMealsView(RegistrationView registration, String card, List<ServingView> servings) {
}
