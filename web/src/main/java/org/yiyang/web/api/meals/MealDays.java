package org.yiyang.web.api.meals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yiyang.shared.domain.DomainException;

/** Days ({@code yyyy-MM-dd}) and months ({@code yyyy-MM}) in requests, parsed once at the edge. */
final class MealDays {

    private MealDays() {
    }

    /** The day, or null when the parameter is empty; a clear 400 on the parameter otherwise. */
    static LocalDate parse(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "date.invalid", s);
        }
    }

    /** The month, or null when empty; a clear 400 on {@code month} otherwise. */
    static YearMonth month(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "meals.month.invalid", s);
        }
    }
}
