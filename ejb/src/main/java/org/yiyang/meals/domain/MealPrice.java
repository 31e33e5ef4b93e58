package org.yiyang.meals.domain;

import org.yiyang.shared.domain.Money;

/**
 * What one meal costs an elder under a subsidy table version: the price, its split, and whether it is subsidised
 * (and so takes the elder's one subsidised meal of the period).
 *
 * @param tableVersion the subsidy table version it was priced under; 0 is the national default
 */
public record MealPrice(int tableVersion, Money price, MealSplit split, boolean subsidised) {
}
