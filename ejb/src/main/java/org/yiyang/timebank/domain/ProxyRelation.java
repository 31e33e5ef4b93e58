package org.yiyang.timebank.domain;

/** Who a proxy (代办人) is to the elder: a family member, or the grid worker. */
public enum ProxyRelation {
    FAMILY,
    GRID_WORKER
}
