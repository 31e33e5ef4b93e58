package org.yiyang.renovation.domain;

import org.yiyang.shared.domain.Money;

/**
 * Renovation figures of one township in one month (Beijing time, {@code yyyy-MM}): applications received, plans
 * completed, subsidy approved and subsidy spent (settled with contractors).
 */
public record MonthFigures(String townshipCode, String month, long applications, long completed, Money approved,
                           Money spent) {
}
