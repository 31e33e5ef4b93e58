package org.yiyang.shared.domain;

/** Ability to care for oneself (自理能力). */
public enum SelfCareAbility {
    /** 完全自理. */
    INDEPENDENT,
    /** 半自理 (partly dependent). */
    PARTIAL,
    /** 完全不能自理 (fully dependent). */
    DEPENDENT
}
