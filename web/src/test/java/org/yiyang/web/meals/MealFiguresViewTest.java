package org.yiyang.web.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** The month of the figures page, parsed once at the edge. */
class MealFiguresViewTest {

    @Test
    void aMonthOrNothing() {
        assertEquals(YearMonth.of(2026, 5), MealFiguresView.parse(" 2026-05 "));
        assertNull(MealFiguresView.parse(""));
        assertNull(MealFiguresView.parse(null));
        DomainException e = assertThrows(DomainException.class, () -> MealFiguresView.parse("2026-5"));
        assertEquals("month", e.field());
        assertEquals("meals.month.invalid", e.messageKey());
    }
}
