package org.yiyang.meals.domain;

/** An elder's special diet, an attribute of the meal registration. */
public enum MealDiet {
    /** 普通. */
    NONE,
    /** 糖尿病餐. */
    DIABETIC,
    /** 软食. */
    SOFT,
    /** 流食/碎食. */
    MINCED,
    /** 低盐. */
    LOW_SALT
}
