package org.yiyang.meals.application;

import java.util.List;

/**
 * The 15-minute service circle of the caller's county (or, for township staff, their township): the radii in force,
 * how many open sites have a circle, the figures overall and per township, the villages outside every circle ranked
 * for planning new sites (most elders first), and the villages left out for want of a location.
 *
 * @param townshipCode the township the figures are limited to; null for the whole county
 */
public record CircleView(String townshipCode, int urbanRadiusMeters, int ruralRadiusMeters, int sites,
                         int sitesWithoutLocation, CircleAreaView overall, List<CircleAreaView> townships,
                         List<CircleVillageView> uncovered, List<UnlocatedVillageView> withoutLocation) {
}
