/**
 * Meal assistance (老年助餐): meal sites and the county's layout plan, the county's versioned subsidy table, elders'
 * meal registrations with their cards, and the ledger of servings (one subsidised meal per elder, meal period and
 * day across the county, corrected only by reversal entries), settled monthly per site and funding source; meals
 * booked ahead; and the elders who stopped coming, followed up by the visit programme.
 */
package org.yiyang.meals;
