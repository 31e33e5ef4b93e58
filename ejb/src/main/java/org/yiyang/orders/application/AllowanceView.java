package org.yiyang.orders.application;

import java.math.BigDecimal;

/** An elder's service allowance of one month. */
public record AllowanceView(long elderId, String month, boolean eligible, BigDecimal granted, BigDecimal reserved,
                            BigDecimal consumed, BigDecimal available, int policyVersion) {
}
