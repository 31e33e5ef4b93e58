package org.yiyang.shared.domain;

/** The work a provider does for the county. */
public enum ProviderWork {
    /** 居家上门服务. */
    HOME_SERVICES,
    /** 适老化改造施工. */
    RENOVATION,
    /** 老年助餐. */
    MEALS
}
