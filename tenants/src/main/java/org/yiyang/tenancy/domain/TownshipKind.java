package org.yiyang.tenancy.domain;

/** The kind of a township-level unit (乡级), as in the statistical division scheme. */
public enum TownshipKind {
    /** 街道 sub-district. */
    STREET,
    /** 镇 town. */
    TOWN,
    /** 乡 township. */
    TOWNSHIP
}
