package org.yiyang.meals.domain;

/**
 * The token a meal card's QR code carries: signed and opaque (neither the ID number nor a database id can be read
 * from it), bound to its county.
 */
public interface MealCardTokens {

    /** The token of a card. */
    String seal(MealCard card);

    /**
     * The card a token stands for, read in the given county. A token that is not one of ours or was altered is
     * refused as invalid ({@code meals.card.invalid}), one of another county as such ({@code meals.card.otherCounty});
     * both 400 on {@code cardToken}. Expiry and version are the caller's to check.
     */
    MealCard open(String token, String county);
}
