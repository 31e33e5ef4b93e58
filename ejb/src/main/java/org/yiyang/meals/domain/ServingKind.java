package org.yiyang.meals.domain;

/** How a meal reached the elder. */
public enum ServingKind {
    /** 堂食: eaten at the site. */
    SERVED,
    /** 送餐上门: delivered home (only by sites that deliver). */
    DELIVERED
}
