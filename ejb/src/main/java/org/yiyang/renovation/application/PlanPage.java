package org.yiyang.renovation.application;

import java.util.List;

/** One page of plans and how many match in all. */
public record PlanPage(List<PlanView> items, long total, int first, int max) {
}
