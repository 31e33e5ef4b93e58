package org.yiyang.renovation.application;

import java.math.BigDecimal;

/** An assessed item of a plan, with the price it was assessed at. */
public record PlanItemView(String code, String category, String name, String unit, BigDecimal unitPrice,
                           int quantity, BigDecimal amount, boolean basic) {
}
