package org.yiyang.coverage.application;

/** A township on the county home page. */
public record TownshipSummary(String code, String name, String kind, int villages) {
}
