package org.yiyang.meals.application;

import java.math.BigDecimal;

/**
 * The service circle's figures of a township or of the whole scope: the shares are of the elders of located villages
 * (fractions with four decimals; null when there are no such elders), the elders of villages without a location
 * counted apart.
 */
public record CircleAreaView(String code, String name, int villages, int villagesCovered, int villagesWithoutLocation,
                             long elders, long eldersCovered, BigDecimal eldersShare, long specialHardship,
                             long specialHardshipCovered, BigDecimal specialHardshipShare,
                             long eldersWithoutLocation) {
}
