package org.yiyang.meals.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meal was recorded at a site (fired in the transaction that recorded it).
 *
 * @param townshipCode the site's township
 * @param day          the meal's day in China
 */
public record MealServed(String county, long servingId, long elderId, long siteId, String townshipCode, LocalDate day,
                         String period, boolean subsidised, Instant servedAt) {
}
