package org.yiyang.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of yuan, always with two decimals (分). Amounts are exact: an amount with finer fractions is refused,
 * never rounded, and arithmetic never leaves two decimals. Entities keep {@code DECIMAL(10,2)} columns as
 * {@link BigDecimal}; rules compute with {@code Money} and hand back {@link #amount()}.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** The amount; refused (ArithmeticException) if it has more than two decimals. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The amount of a plain text such as "3000" or "12.50". */
    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** Whether a figure is a valid amount of yuan: at most two decimals. */
    public static boolean isExact(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() <= 2;
    }

    /** The amount with two decimals, as a column or a JSON figure carries it. */
    public static BigDecimal exact(BigDecimal amount) {
        return of(amount).amount;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount, or zero when it is negative. */
    public Money atLeastZero() {
        return max(ZERO);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain figure, e.g. "3000.00". */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
