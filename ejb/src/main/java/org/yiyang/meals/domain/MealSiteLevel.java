package org.yiyang.meals.domain;

/** Whom a meal site serves: a whole community or one residential area or village. */
public enum MealSiteLevel {
    /** 社区级. */
    COMMUNITY,
    /** 小区(村居)级. */
    RESIDENTIAL
}
