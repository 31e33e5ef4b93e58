package org.yiyang.meals.domain;

import org.yiyang.shared.domain.Money;

/**
 * A site's meals over some days, net of reversals: how many stand, how many of them were subsidised, and what the
 * elders paid and each funding source bore.
 */
public record SiteServingTotals(long siteId, long servings, long subsidised, Money elder, Money county, Money city,
                                Money charity) {

    /** A site without meals. */
    public static SiteServingTotals none(long siteId) {
        return new SiteServingTotals(siteId, 0, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }
}
