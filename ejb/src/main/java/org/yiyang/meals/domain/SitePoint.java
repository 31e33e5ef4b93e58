package org.yiyang.meals.domain;

import java.math.BigDecimal;

/**
 * An open meal site as the service circle sees it: where it is (degrees, WGS-84).
 *
 * @param latitude  null while the site's location is not recorded (such a site serves no circle)
 * @param longitude null while the site's location is not recorded
 */
public record SitePoint(long siteId, String name, BigDecimal latitude, BigDecimal longitude) {

    /** Whether the site's location is recorded. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
