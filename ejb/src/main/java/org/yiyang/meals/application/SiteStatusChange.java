package org.yiyang.meals.application;

/**
 * A site's new status with the reason.
 *
 * @param status OPEN (also from SUSPENDED), SUSPENDED or CLOSED
 */
public record SiteStatusChange(String status, String reason) {
}
