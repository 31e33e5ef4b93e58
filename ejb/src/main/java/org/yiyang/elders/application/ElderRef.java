package org.yiyang.elders.application;

import java.util.List;

/**
 * An elder as other contexts see them (published by {@link ElderDirectory}): who, where, whether on the register,
 * and the categories in force today. Never the full ID number.
 *
 * @param categories the category names in force today, sorted
 */
public record ElderRef(long id, String name, String idNumberMasked, String townshipCode, String villageCode,
                       long householdId, boolean active, List<String> categories) {

    /** Whether the elder is a special-hardship (特困) elder today. */
    public boolean specialHardship() {
        return categories.contains("SPECIAL_HARDSHIP");
    }
}
