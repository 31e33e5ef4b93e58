package org.yiyang.shared.domain;

/** Who the elder lives with (居住情况). */
public enum LivingArrangement {
    /** 独居 lives alone. */
    ALONE,
    /** 与配偶同住 with the spouse only. */
    WITH_SPOUSE,
    /** 与子女同住 with children. */
    WITH_CHILDREN,
    /** 其他 with others (relatives, carers). */
    WITH_OTHERS
}
