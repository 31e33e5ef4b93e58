package org.yiyang.meals.application;

/**
 * One line of the layout plan: sites planned and built (open) in a township at a level.
 *
 * @param progressPercent built as a percentage of planned, rounded down; null when none are planned
 * @param targetYear      the year the plan aims at; null when nothing is planned
 */
public record LayoutRowView(String townshipCode, String townshipName, String level, int planned, long built,
                            Integer progressPercent, Integer targetYear) {
}
