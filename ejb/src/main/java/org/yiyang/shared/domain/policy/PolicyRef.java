package org.yiyang.shared.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The version of a policy setting a decision was made under (0: the national default). Stored with the
 * decision, so later changes of the setting never change what the decision was based on.
 */
@Embeddable
public class PolicyRef {

    @Column(name = "policy_key", length = 60)
    private String key;

    @Column(name = "policy_version")
    private int version;

    protected PolicyRef() {
    }

    public PolicyRef(String key, int version) {
        this.key = key;
        this.version = version;
    }

    public String key() {
        return key;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyRef r && r.version == version && Objects.equals(r.key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, version);
    }

    @Override
    public String toString() {
        return key + "@v" + version;
    }
}
