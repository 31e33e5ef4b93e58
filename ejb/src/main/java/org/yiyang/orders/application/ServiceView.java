package org.yiyang.orders.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A service of the catalog with its price in force (or of one version); version 0 is the national default. */
public record ServiceView(String service, String unit, BigDecimal unitPrice, int durationMinutes, int version,
                          LocalDate effectiveFrom, boolean nationalDefault, String reason, String changedBy,
                          Instant changedAt) {
}
