package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meal site as pages and the API show it.
 *
 * @param periods the meals served, in the order of the day
 * @param actions the steps the caller may take on it now ({@code edit}, {@code open}, {@code suspend},
 *                {@code close}, {@code serve})
 */
public record MealSiteView(long id, String type, String level, String name, long providerId, String providerName,
                           String address, String villageCode, String villageName, String townshipCode,
                           String townshipName, BigDecimal latitude, BigDecimal longitude, int capacity,
                           List<String> periods, boolean delivery, LocalDate openingDate, String status,
                           List<String> actions, Instant updatedAt, long version) {
}
