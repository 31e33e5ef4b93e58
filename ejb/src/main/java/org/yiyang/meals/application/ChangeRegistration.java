package org.yiyang.meals.application;

/** A registration's new home site, diet and daily flag (each kept when empty). */
public record ChangeRegistration(Long homeSiteId, String diet, Boolean daily) {
}
