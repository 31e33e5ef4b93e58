package org.yiyang.meals.application;

/**
 * A target of the layout plan.
 *
 * @param level   COMMUNITY or RESIDENTIAL
 * @param planned how many sites of the level the township is to have
 */
public record LayoutTargetInput(String townshipCode, String level, Integer planned, Integer targetYear) {
}
