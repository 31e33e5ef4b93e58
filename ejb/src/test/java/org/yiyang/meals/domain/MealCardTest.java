package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** A meal card is valid up to and including its last day, three years from its issue. */
class MealCardTest {

    @Test
    void validUpToAndIncludingItsLastDay() {
        LocalDate issued = LocalDate.of(2026, 3, 1);
        MealCard card = new MealCard("371602", 1, 1, MealCard.expiryOf(issued));
        assertEquals(LocalDate.of(2029, 2, 28), card.expiresOn());
        assertTrue(card.validOn(issued));
        assertTrue(card.validOn(card.expiresOn()));
        assertFalse(card.validOn(card.expiresOn().plusDays(1)));
        card.requireValidOn(card.expiresOn());
        assertEquals("meals.card.expired", assertThrows(DomainException.class,
                () -> card.requireValidOn(card.expiresOn().plusDays(1))).messageKey());
    }
}
