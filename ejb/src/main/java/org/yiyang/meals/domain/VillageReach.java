package org.yiyang.meals.domain;

/**
 * How far a located village is from the nearest open, located meal site, and whether that is within its circle.
 *
 * @param nearestSite    null when no open site of the county has a location
 * @param distanceMeters straight-line (great-circle) distance to the nearest site in whole metres; null likewise
 * @param radiusMeters   the radius that applies to the village (urban or rural)
 * @param covered        whether the nearest site is at most {@code radiusMeters} away
 */
public record VillageReach(CircleVillage village, SitePoint nearestSite, Long distanceMeters, int radiusMeters,
                           boolean covered) {
}
