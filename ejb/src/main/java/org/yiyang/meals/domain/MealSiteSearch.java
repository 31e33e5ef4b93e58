package org.yiyang.meals.domain;

import java.util.Optional;

/** What a list of meal sites is filtered by; every part optional. */
public record MealSiteSearch(Optional<String> townshipCode, Optional<Long> providerId, Optional<MealSiteStatus> status,
                             Optional<MealSiteType> type) {
}
