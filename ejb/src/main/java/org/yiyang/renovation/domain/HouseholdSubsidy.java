package org.yiyang.renovation.domain;

import java.math.BigDecimal;
import org.yiyang.shared.domain.Money;

/**
 * The household rule of renovation subsidies: a household's approved plans together never get more than the
 * county's cap. A plan is granted the smaller of its total and what the cap leaves, never less than nothing; the
 * household pays the rest.
 */
public final class HouseholdSubsidy {

    private final Money cap;
    private final Money approved;

    private HouseholdSubsidy(Money cap, Money approved) {
        this.cap = cap;
        this.approved = approved;
    }

    /** The household under a cap, with what its approved plans hold of it so far. */
    public static HouseholdSubsidy of(BigDecimal cap, BigDecimal approved) {
        return new HouseholdSubsidy(Money.of(cap), Money.of(approved));
    }

    /** What the cap leaves: cap − approved so far, or nothing when the plans hold the cap or more. */
    public Money remaining() {
        return cap.minus(approved).atLeastZero();
    }

    /** The subsidy a plan of this total is granted: min(total, remaining). */
    public Money grantFor(BigDecimal total) {
        return Money.of(total).min(remaining());
    }

    /** What the household pays of a plan of this total: the total less its subsidy. */
    public Money selfPayFor(BigDecimal total) {
        return Money.of(total).minus(grantFor(total));
    }
}
