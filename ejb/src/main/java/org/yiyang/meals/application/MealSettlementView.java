package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's monthly settlement: the totals per funding source of the entries booked into the month (a reversal
 * counts negatively) and, when one settlement is asked for, every entry.
 *
 * @param servings     servings booked into the month
 * @param reversals    reversal entries booked into the month
 * @param meals        the meals that stand: servings less reversals
 * @param totalSubsidy county, city and charity together
 * @param total        the price of the month's meals: the elder's part and the subsidy
 */
public record MealSettlementView(long id, long siteId, String siteName, String townshipCode, String townshipName,
                                 long providerId, String providerName, String month, int servings, int reversals,
                                 int meals, BigDecimal totalElder, BigDecimal totalCounty, BigDecimal totalCity,
                                 BigDecimal totalCharity, BigDecimal totalSubsidy, BigDecimal total, String createdBy,
                                 Instant createdAt, List<Line> lines) {

    /**
     * An entry of the statement: a serving, or a reversal (negative amounts, {@code reversesId} set), with its meal
     * day (a late entry keeps the day of its meal).
     */
    public record Line(long servingId, LocalDate mealDay, String period, String kind, long elderId, String elderName,
                       String elderIdNumberMasked, boolean subsidised, boolean fullPrice, int tableVersion,
                       BigDecimal price, BigDecimal elderPart, BigDecimal countySubsidy, BigDecimal cityPart,
                       BigDecimal charityPart, Long reversesId, Instant recordedAt) {
    }
}
