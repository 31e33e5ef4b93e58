package org.yiyang.shared.domain;

/** Economic status (经济状况): the social-assistance category, if any. */
public enum EconomicStatus {
    /** 特困供养 extreme poverty support. */
    EXTREME_POVERTY,
    /** 低保 subsistence allowance. */
    SUBSISTENCE,
    /** 低保边缘 just above the subsistence line. */
    NEAR_SUBSISTENCE,
    /** 无. */
    NONE;

    public boolean isHardship() {
        return this != NONE;
    }
}
