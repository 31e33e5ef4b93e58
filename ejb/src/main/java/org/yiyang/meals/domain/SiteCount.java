package org.yiyang.meals.domain;

/** How many sites of one township and level are in a status. */
public record SiteCount(String townshipCode, MealSiteLevel level, long count) {
}
