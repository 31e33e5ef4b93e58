package org.yiyang.meals.application;

import java.math.BigDecimal;

/** An open, located meal site: the centre of a service circle (degrees, WGS-84). */
public record CircleSiteView(long siteId, String name, BigDecimal latitude, BigDecimal longitude) {
}
