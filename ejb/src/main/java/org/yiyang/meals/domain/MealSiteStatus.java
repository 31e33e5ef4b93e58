package org.yiyang.meals.domain;

/** Where a meal site stands: planned (in the layout plan, not built), open, suspended for a while, or closed. */
public enum MealSiteStatus {
    PLANNED, OPEN, SUSPENDED, CLOSED
}
