/**
 * The meals use cases: sites ({@link org.yiyang.meals.application.MealSites}), the layout plan
 * ({@link org.yiyang.meals.application.MealLayout}), the subsidy table
 * ({@link org.yiyang.meals.application.SubsidyTables}), registrations and cards
 * ({@link org.yiyang.meals.application.MealRegistrations}), servings and reversals
 * ({@link org.yiyang.meals.application.MealServings}, {@link org.yiyang.meals.application.ServingQueries}); who may
 * do what is decided once in {@link org.yiyang.meals.application.MealActions}. A recorded meal publishes
 * {@link org.yiyang.meals.application.MealServed}.
 */
package org.yiyang.meals.application;
