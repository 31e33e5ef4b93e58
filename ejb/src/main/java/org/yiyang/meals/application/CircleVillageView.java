package org.yiyang.meals.application;

import java.math.BigDecimal;

/**
 * A located village in the service circle: its elders, the nearest open site and its straight-line distance in
 * metres (both null when no open site of the county has a location), the radius that applies and whether it is
 * covered.
 */
public record CircleVillageView(String code, String name, String townshipCode, String townshipName, boolean urban,
                                BigDecimal latitude, BigDecimal longitude, long elders, long specialHardship,
                                Long nearestSiteId, String nearestSiteName, Long distanceMeters, int radiusMeters,
                                boolean covered) {
}
