package org.yiyang.meals.application;

import java.math.BigDecimal;

/**
 * A site's meals of a month, net of reversals, with what the elders paid and each funding source bore; the line of
 * totals has no site.
 *
 * @param servings   meals that stand (reversed ones not counted)
 * @param subsidised of which subsidised
 */
public record SiteFiguresView(Long siteId, String siteName, String type, String status, String townshipCode,
                              String townshipName, long servings, long subsidised, BigDecimal elderPart,
                              BigDecimal countySubsidy, BigDecimal cityPart, BigDecimal charityPart) {
}
