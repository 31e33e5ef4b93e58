package org.yiyang.visits.domain;

/** Kinds of extreme weather. */
public enum AlertKind {
    HEAT, COLD, BLIZZARD, RAINSTORM, TYPHOON, OTHER
}
