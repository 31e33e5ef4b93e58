package org.yiyang.coverage.application;

import java.util.List;

/** The county home page: the county, its townships and how many elders the caller can see. */
public record CountyOverviewView(String countyCode, String countyName, String cityName, long elders,
                                 List<TownshipSummary> townships) {
}
