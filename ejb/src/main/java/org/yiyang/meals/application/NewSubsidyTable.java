package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of the county's subsidy table, effective today or later.
 *
 * @param price the price of a meal; every row's parts add up to it
 * @param rows  one per age band and economic status that is subsidised; others pay the whole price
 */
public record NewSubsidyTable(LocalDate effectiveFrom, String reason, BigDecimal price, List<Row> rows) {

    /**
     * One row.
     *
     * @param ageBand        FROM_60_TO_69, FROM_70_TO_79, FROM_80_TO_89, FROM_90
     * @param economicStatus EXTREME_POVERTY, SUBSISTENCE, NEAR_SUBSISTENCE, NONE
     * @param cityPart       the city's part on top of the county's (a second funding layer); none when empty
     * @param charityPart    none when empty
     */
    public record Row(String ageBand, String economicStatus, BigDecimal elderPart, BigDecimal countySubsidy,
                      BigDecimal cityPart, BigDecimal charityPart) {
    }
}
