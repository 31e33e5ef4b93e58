package org.yiyang.shared.domain.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every county policy setting of the platform: the keys of all contexts' catalogs, by name. */
public final class PolicyKeys {

    private final List<PolicyKey<?>> all;
    private final Map<String, PolicyKey<?>> byName = new HashMap<>();

    private PolicyKeys(List<PolicyKey<?>> all) {
        this.all = all;
    }

    /** The keys of these catalogs, sorted by name; two catalogs declaring one name is a programming error. */
    public static PolicyKeys of(Iterable<? extends PolicyCatalog> catalogs) {
        List<PolicyKey<?>> keys = new ArrayList<>();
        for (PolicyCatalog c : catalogs) {
            keys.addAll(c.keys());
        }
        keys.sort(Comparator.comparing(PolicyKey::key));
        PolicyKeys registry = new PolicyKeys(List.copyOf(keys));
        for (PolicyKey<?> k : keys) {
            if (registry.byName.putIfAbsent(k.key(), k) != null) {
                throw new IllegalStateException("policy key declared twice: " + k.key());
            }
        }
        return registry;
    }

    public List<PolicyKey<?>> all() {
        return all;
    }

    public Optional<PolicyKey<?>> byKey(String key) {
        return Optional.ofNullable(byName.get(key));
    }
}
