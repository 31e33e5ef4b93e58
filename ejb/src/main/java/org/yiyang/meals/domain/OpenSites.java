package org.yiyang.meals.domain;

import java.util.List;

/** The meal sites of the current county that are open now, located or not, by id. */
public interface OpenSites {

    List<SitePoint> openSites();
}
