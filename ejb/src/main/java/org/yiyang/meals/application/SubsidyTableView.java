package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the county's meal subsidy table: the meal price and its split per age band and economic status.
 *
 * @param version         0 for the national default
 * @param nationalDefault whether the county has no table of its own in force
 */
public record SubsidyTableView(int version, boolean nationalDefault, LocalDate effectiveFrom, String reason,
                               String createdBy, Instant createdAt, BigDecimal price, List<Row> rows) {

    /** The split for one age band and economic status; the parts add up to the price. */
    public record Row(String ageBand, String economicStatus, BigDecimal elderPart, BigDecimal countySubsidy,
                      BigDecimal cityPart, BigDecimal charityPart) {
    }
}
