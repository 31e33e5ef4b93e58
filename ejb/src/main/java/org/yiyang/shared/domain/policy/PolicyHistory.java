package org.yiyang.shared.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yiyang.shared.domain.InForce;

/** All versions of one setting in a county, and which of them is in force on a day. */
public record PolicyHistory<T>(PolicyKey<T> key, List<PolicySetting> versions) {

    /** The value in force on a day: the latest version effective by then, else the national default. */
    public PolicyValue<T> on(LocalDate day) {
        return InForce.on(versions, day)
                .map(this::value)
                .orElseGet(() -> new PolicyValue<>(key, key.nationalDefault(), 0, null));
    }

    /** One version, as a decision recorded it (0: the national default). */
    public Optional<PolicyValue<T>> version(int version) {
        if (version == 0) {
            return Optional.of(new PolicyValue<>(key, key.nationalDefault(), 0, null));
        }
        return versions.stream().filter(v -> v.version() == version).findFirst().map(this::value);
    }

    public int nextVersion() {
        return InForce.nextVersion(versions);
    }

    private PolicyValue<T> value(PolicySetting s) {
        return new PolicyValue<>(key, key.type().parse(s.value()), s.version(), s.effectiveFrom());
    }
}
