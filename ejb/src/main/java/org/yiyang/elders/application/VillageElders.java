package org.yiyang.elders.application;

/**
 * How many registered elders live in a village today, and how many of them are special-hardship elders (published by
 * {@link ElderDirectory#eldersByVillage}): counts only, never a person.
 */
public record VillageElders(String villageCode, long elders, long specialHardship) {
}
