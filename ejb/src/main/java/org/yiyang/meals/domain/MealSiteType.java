package org.yiyang.meals.domain;

/** The kinds of meal site (助餐场所). */
public enum MealSiteType {
    /** 孝善食堂: a canteen. */
    CANTEEN,
    /** 老年餐桌: an elder table. */
    ELDER_TABLE,
    /** 助餐点: a meal point. */
    MEAL_POINT
}
