package org.yiyang.meals.application;

import java.util.List;

/**
 * The service circle as a map draws it: the figures, the located villages of the caller's scope with their nearest
 * site, and the county's open, located sites.
 */
public record CircleMapView(CircleView circle, List<CircleVillageView> villages, List<CircleSiteView> sites) {
}
