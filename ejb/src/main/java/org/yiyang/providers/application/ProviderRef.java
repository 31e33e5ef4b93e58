package org.yiyang.providers.application;

import java.util.Set;
import org.yiyang.shared.domain.ProviderWork;

/**
 * A service provider as other contexts see it (published by {@link ProviderDirectory}).
 *
 * @param area the township codes it serves
 */
public record ProviderRef(long id, String code, String name, boolean active, Set<ProviderWork> works,
                          Set<String> area) {

    /** Whether it is active and does this kind of work for the county. */
    public boolean takes(ProviderWork work) {
        return active && works.contains(work);
    }

    /** Whether a township is in its service area. */
    public boolean serves(String townshipCode) {
        return area.contains(townshipCode);
    }
}
