package org.yiyang.meals.domain;

/** The meals of a day; an elder has at most one subsidised meal per period and day. */
public enum MealPeriod {
    /** 早餐. */
    BREAKFAST,
    /** 午餐. */
    LUNCH,
    /** 晚餐. */
    DINNER
}
