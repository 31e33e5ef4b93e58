package org.yiyang.meals.domain;

import java.time.LocalDate;
import java.time.Period;
import org.yiyang.shared.domain.DomainException;

/**
 * What a meal card's token stands for: a registration of a county, the card's version (a re-issued card refuses
 * the older ones) and the last day it is valid. A card is valid for {@link #VALIDITY} from the day it is issued.
 */
public record MealCard(String county, long registrationId, int cardVersion, LocalDate expiresOn) {

    /** How long a card is valid from its issue. */
    public static final Period VALIDITY = Period.ofYears(3);

    /** The last day a card issued on this day is valid. */
    public static LocalDate expiryOf(LocalDate issuedOn) {
        return issuedOn.plus(VALIDITY).minusDays(1);
    }

    /** Whether the card is still valid on the day (up to and including its last day). */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }

    /** Refused (400) once its last day has passed. */
    public void requireValidOn(LocalDate day) {
        if (!validOn(day)) {
            throw DomainException.invalid("cardToken", "meals.card.expired", expiresOn);
        }
    }
}
