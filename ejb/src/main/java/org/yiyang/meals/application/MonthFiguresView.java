package org.yiyang.meals.application;

import java.time.YearMonth;
import java.util.List;

/**
 * The meals of a month per site (by township and name): the sites with meals in the month and the open ones, and
 * the totals.
 *
 * @param townshipCode the township the figures are limited to (township offices); null for the whole county
 */
public record MonthFiguresView(YearMonth month, String townshipCode, String townshipName, List<SiteFiguresView> sites,
                               SiteFiguresView total) {
}
