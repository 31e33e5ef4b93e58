package org.yiyang.providers.domain;

/** What kind of organisation a provider is. */
public enum ProviderKind {
    /** 企业. */
    COMPANY,
    /** 社会组织. */
    SOCIAL_ORGANISATION,
    /** 餐饮单位 / 食堂. */
    CATERER,
    /** 施工单位. */
    CONTRACTOR,
    /** 养老机构、事业单位. */
    INSTITUTION
}
