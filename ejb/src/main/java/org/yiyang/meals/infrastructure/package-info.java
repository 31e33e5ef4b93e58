/**
 * JPA repositories of the meals context, the subsidy claims, the sites' settlement locks and the no-show detection
 * in native SQL (always with the county), the meal card tokens ({@link org.yiyang.meals.infrastructure.MealCards},
 * sealed with the platform's data key), and the daily no-show job.
 */
package org.yiyang.meals.infrastructure;
