package org.yiyang.elders.domain;

/** Whether an elder is still served by the county. Records are never deleted. */
public enum ElderStatus {
    ACTIVE, DECEASED, MOVED_AWAY
}
