package org.yiyang.meals.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the meal ledger: a serving, or the reversal of one (negative amounts, {@code reversesId} set).
 *
 * @param tableVersion the subsidy table version it was priced under; 0 is the national default
 * @param reversed     whether a reversal entry cancels it
 */
public record ServingView(long id, long siteId, String siteName, long elderId, String elderName,
                          String elderIdNumberMasked, String diet, LocalDate mealDay, String period, String kind,
                          String identifiedBy, boolean subsidised, boolean fullPrice, int tableVersion,
                          BigDecimal price, BigDecimal elderPart, BigDecimal countySubsidy, BigDecimal cityPart,
                          BigDecimal charityPart, Long reversesId, boolean reversed, String reason,
                          Instant recordedAt, String recordedBy) {
}
