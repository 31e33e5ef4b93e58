package org.yiyang.elders.domain;

/** How many elders of a search live in one village, and how many of them are special-hardship elders. */
public record VillageCount(String villageCode, long elders, long specialHardship) {
}
