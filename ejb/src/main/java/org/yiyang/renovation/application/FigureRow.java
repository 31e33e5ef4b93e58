package org.yiyang.renovation.application;

import java.math.BigDecimal;

/**
 * Renovation figures of one township in one month: applications received, plans completed, subsidy approved
 * and subsidy spent (settled with contractors).
 */
public record FigureRow(String townshipCode, String townshipName, String month, long applications, long completed,
                        BigDecimal approved, BigDecimal spent) {
}
