package org.yiyang.elders.application;

/** A village or community of the county. */
public record VillageView(String code, String name, String townshipCode, boolean urban) {
}
