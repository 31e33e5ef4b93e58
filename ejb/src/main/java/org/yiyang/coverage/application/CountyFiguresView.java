package org.yiyang.coverage.application;

/** The figures of one county as a city official sees them. */
public record CountyFiguresView(String countyCode, String countyName, long elders) {
}
