package org.yiyang.orders.domain;

import java.math.BigDecimal;

/**
 * The home services of the catalog (助餐, 助浴, 助洁, 助行, 助急, 助医, 代购, 康复护理, 紧急救援, 辅具租赁) with the
 * national default price and duration; counties set their own prices.
 */
public enum ServiceKind {
    MEAL_AID("15.00", 30, Unit.VISIT),
    BATH_AID("60.00", 60, Unit.VISIT),
    CLEANING("40.00", 120, Unit.VISIT),
    MOBILITY_AID("30.00", 60, Unit.VISIT),
    URGENT_AID("50.00", 60, Unit.VISIT),
    MEDICAL_ESCORT("50.00", 120, Unit.VISIT),
    SHOPPING("20.00", 60, Unit.VISIT),
    REHAB_CARE("80.00", 60, Unit.VISIT),
    EMERGENCY_RESCUE("100.00", 60, Unit.VISIT),
    AID_RENTAL("30.00", 30, Unit.MONTH);

    /** What one unit of a service is. */
    public enum Unit { VISIT, MONTH }

    private final BigDecimal defaultPrice;
    private final int defaultMinutes;
    private final Unit unit;

    ServiceKind(String defaultPrice, int defaultMinutes, Unit unit) {
        this.defaultPrice = new BigDecimal(defaultPrice);
        this.defaultMinutes = defaultMinutes;
        this.unit = unit;
    }

    public BigDecimal defaultPrice() {
        return defaultPrice;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }

    public Unit unit() {
        return unit;
    }
}
