package org.yiyang.orders.application;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yiyang.shared.domain.DomainException;

/** A month as requests and forms name it ({@code yyyy-MM}), read once where it comes in. */
public final class OrderMonths {

    private OrderMonths() {
    }

    /** The month; null when blank; refused (400 on {@code month}) when it is no month. */
    public static YearMonth parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "order.month.invalid");
        }
    }
}
