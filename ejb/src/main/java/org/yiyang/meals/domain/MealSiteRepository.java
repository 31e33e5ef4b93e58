package org.yiyang.meals.domain;

import java.util.List;
import java.util.Optional;

/** Meal sites and the layout plan of the current county. */
public interface MealSiteRepository {

    Optional<MealSite> find(long id);

    void store(MealSite site);

    /** The sites matching the search, by township, then name. */
    List<MealSite> search(MealSiteSearch search);

    /** How many sites of each township and level are in the status. */
    List<SiteCount> counts(MealSiteStatus status);

    List<LayoutTarget> targets();

    Optional<LayoutTarget> target(String townshipCode, MealSiteLevel level);

    void store(LayoutTarget target);
}
