/**
 * JPA repositories of the meals context, the subsidy claims in native SQL (always with the county), and the meal
 * card tokens ({@link org.yiyang.meals.infrastructure.MealCards}, sealed with the platform's data key).
 */
package org.yiyang.meals.infrastructure;
