package org.yiyang.orders.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new price (and duration) of a service from a day on, with the reason. */
public record PriceChange(BigDecimal unitPrice, Integer durationMinutes, LocalDate effectiveFrom, String reason) {
}
