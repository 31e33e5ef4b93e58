package org.yiyang.shared.domain.policy;

import java.time.LocalDate;

/**
 * A setting's value in force: version 0 is the national default (no effective date), versions from 1
 * are the county's own decisions.
 */
public record PolicyValue<T>(PolicyKey<T> key, T value, int version, LocalDate effectiveFrom) {

    public boolean isNationalDefault() {
        return version == 0;
    }

    /** What a decision records about the rule it was made under. */
    public PolicyRef ref() {
        return new PolicyRef(key.key(), version);
    }

    public String formatted() {
        return key.type().format(value);
    }
}
