package org.yiyang.meals.application;

import java.util.List;

/** The county's layout plan (布局规划) by township and level, with the county's totals. */
public record LayoutView(List<LayoutRowView> rows, int planned, long built, Integer progressPercent) {
}
