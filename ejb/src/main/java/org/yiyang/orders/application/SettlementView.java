package org.yiyang.orders.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A provider's monthly settlement with its totals by payer and, for the statement, its orders. */
public record SettlementView(long id, long providerId, String providerName, String month, int orders,
                             BigDecimal totalSelf, BigDecimal totalAllowance, BigDecimal totalCharity,
                             BigDecimal total, String createdBy, Instant createdAt, List<OrderView> lines) {
}
