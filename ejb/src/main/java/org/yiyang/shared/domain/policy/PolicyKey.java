package org.yiyang.shared.domain.policy;

import java.util.Objects;

/**
 * One county policy setting: its key, its type, the national default that applies until a county decides
 * otherwise, and the unit it is expressed in.
 */
public final class PolicyKey<T> {

    private final String key;
    private final PolicyType<T> type;
    private final T nationalDefault;
    private final String unit;

    public PolicyKey(String key, PolicyType<T> type, T nationalDefault, String unit) {
        this.key = key;
        this.type = type;
        this.nationalDefault = nationalDefault;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public PolicyType<T> type() {
        return type;
    }

    public T nationalDefault() {
        return nationalDefault;
    }

    /** {@code yuan}, {@code days}, {@code hours}, {@code years}. */
    public String unit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyKey<?> k && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
