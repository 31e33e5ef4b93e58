/**
 * The meals use cases: sites ({@link org.yiyang.meals.application.MealSites}), the layout plan
 * ({@link org.yiyang.meals.application.MealLayout}), the subsidy table
 * ({@link org.yiyang.meals.application.SubsidyTables}), registrations and cards
 * ({@link org.yiyang.meals.application.MealRegistrations}), servings and reversals
 * ({@link org.yiyang.meals.application.MealServings}, {@link org.yiyang.meals.application.ServingQueries}); who may
 * do what is decided once in {@link org.yiyang.meals.application.MealActions}. A recorded meal publishes
 * {@link org.yiyang.meals.application.MealServed}. Monthly settlements and their statements
 * ({@link org.yiyang.meals.application.MealSettlements}, {@link org.yiyang.meals.application.MealStatements}),
 * meals booked ahead ({@link org.yiyang.meals.application.MealBookings}, marked served by
 * {@link org.yiyang.meals.application.BookingsFollowServings}), and the no-show follow-up
 * ({@link org.yiyang.meals.application.MealNoShows}, publishing {@link org.yiyang.meals.application.MealNoShow}).
 * An elder's file reads the elder's meals through {@link org.yiyang.meals.application.ElderMeals}, the county's
 * monthly figures per site come from {@link org.yiyang.meals.application.MealFigures}.
 */
package org.yiyang.meals.application;
