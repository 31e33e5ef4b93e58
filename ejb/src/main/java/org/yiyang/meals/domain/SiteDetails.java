package org.yiyang.meals.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.yiyang.shared.domain.DomainException;

/**
 * What a county records of a meal site; only constructed valid ({@link #of}). The township is the village's, and
 * the operator has been checked by the caller (a provider doing meals that serves the township).
 *
 * @param periods  the meals the site serves, at least one
 * @param capacity meals per period
 */
public record SiteDetails(MealSiteType type, MealSiteLevel level, String name, long providerId, String address,
                          String villageCode, String townshipCode, BigDecimal latitude, BigDecimal longitude,
                          int capacity, Set<MealPeriod> periods, boolean delivery, LocalDate openingDate) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_CAPACITY = 10_000;

    public SiteDetails {
        periods = Set.copyOf(periods);
    }

    /**
     * The details, if valid: a type, a level, a name, a capacity of 1 to {@value #MAX_CAPACITY} meals, at least
     * one meal period, and either both coordinates (latitude -90 to 90, longitude -180 to 180, at most six
     * decimals) or none.
     */
    public static SiteDetails of(MealSiteType type, MealSiteLevel level, String name, long providerId, String address,
                                 String villageCode, String townshipCode, BigDecimal latitude, BigDecimal longitude,
                                 Integer capacity, Set<MealPeriod> periods, boolean delivery, LocalDate openingDate) {
        if (type == null) {
            throw DomainException.invalid("type", "meals.site.type.required");
        }
        if (level == null) {
            throw DomainException.invalid("level", "meals.site.level.required");
        }
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name", "meals.site.name.required");
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw DomainException.invalid("capacity", "meals.site.capacity.invalid", MAX_CAPACITY);
        }
        if (periods == null || periods.isEmpty()) {
            throw DomainException.invalid("periods", "meals.site.periods.required");
        }
        if ((latitude == null) != (longitude == null)
                || latitude != null && (!coordinate(latitude, 90) || !coordinate(longitude, 180))) {
            throw DomainException.invalid("latitude", "meals.site.coordinates.invalid");
        }
        return new SiteDetails(type, level, name.strip(), providerId, address, villageCode, townshipCode,
                latitude == null ? null : latitude.setScale(6), longitude == null ? null : longitude.setScale(6),
                capacity, periods, delivery, openingDate);
    }

    private static boolean coordinate(BigDecimal value, int bound) {
        return value.stripTrailingZeros().scale() <= 6 && value.abs().compareTo(BigDecimal.valueOf(bound)) <= 0;
    }
}
