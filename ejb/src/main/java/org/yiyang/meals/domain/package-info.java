/**
 * The meals model: sites with their status machine ({@link org.yiyang.meals.domain.MealSiteAction}), layout targets,
 * subsidy tables and the split of a meal's price ({@link org.yiyang.meals.domain.SubsidySchedule},
 * {@link org.yiyang.meals.domain.MealSplit}), registrations with their cards, and servings; monthly settlements and
 * the rule that books an entry into an open month ({@link org.yiyang.meals.domain.SettledMonths}), bookings, and
 * no-show spells; repository, claim, store and card-token interfaces implemented in {@code infrastructure}.
 */
package org.yiyang.meals.domain;
