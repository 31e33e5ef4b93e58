package org.yiyang.meals.domain;

import org.yiyang.shared.domain.Money;

/**
 * Who pays how much of a meal: the elder, the county's subsidy, the city's subsidy on top of it (a second funding
 * layer, recorded separately) and charity. A reversal carries the negated split.
 */
public record MealSplit(Money elder, Money county, Money city, Money charity) {

    /** The elder pays the whole price. */
    public static MealSplit fullPrice(Money price) {
        return new MealSplit(price, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** The meal's price: the sum of the parts. */
    public Money total() {
        return elder.plus(subsidy());
    }

    /** What others than the elder pay: county, city and charity. */
    public Money subsidy() {
        return county.plus(city).plus(charity);
    }

    /** The split with every part negated (a reversal entry). */
    public MealSplit negated() {
        return new MealSplit(Money.ZERO.minus(elder), Money.ZERO.minus(county), Money.ZERO.minus(city),
                Money.ZERO.minus(charity));
    }
}
