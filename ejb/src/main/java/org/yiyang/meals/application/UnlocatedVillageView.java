package org.yiyang.meals.application;

/** A village the service circle leaves out because its location is not set, with its elders. */
public record UnlocatedVillageView(String code, String name, String townshipCode, String townshipName, boolean urban,
                                   long elders, long specialHardship) {
}
