package org.yiyang.shared.domain.policy;

import java.math.BigDecimal;
import org.yiyang.shared.domain.DomainException;

/** How a setting's value is written, read and checked. */
public sealed interface PolicyType<T> permits PolicyType.Money, PolicyType.Whole {

    /** Reads a value as a user typed it; refuses malformed or out-of-range values. */
    T parse(String raw);

    /** The value as stored (and shown). */
    String format(T value);

    String name();

    /** Yuan with two decimals, never negative. */
    record Money(BigDecimal max) implements PolicyType<BigDecimal> {
        @Override
        public BigDecimal parse(String raw) {
            BigDecimal v;
            try {
                v = new BigDecimal(raw == null ? "" : raw.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("value", "policy.money.invalid", raw == null ? "" : raw);
            }
            if (v.signum() < 0 || v.scale() > 2 || v.compareTo(max) > 0) {
                throw DomainException.invalid("value", "policy.money.range", max.toPlainString());
            }
            return org.yiyang.shared.domain.Money.exact(v);
        }

        @Override
        public String format(BigDecimal value) {
            return org.yiyang.shared.domain.Money.exact(value).toPlainString();
        }

        @Override
        public String name() {
            return "MONEY";
        }
    }

    /** A whole number within bounds. */
    record Whole(int min, int max) implements PolicyType<Integer> {
        @Override
        public Integer parse(String raw) {
            int v;
            try {
                v = Integer.parseInt(raw == null ? "" : raw.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("value", "policy.integer.invalid", raw == null ? "" : raw);
            }
            if (v < min || v > max) {
                throw DomainException.invalid("value", "policy.integer.range", min, max);
            }
            return v;
        }

        @Override
        public String format(Integer value) {
            return Integer.toString(value);
        }

        @Override
        public String name() {
            return "INTEGER";
        }
    }
}
