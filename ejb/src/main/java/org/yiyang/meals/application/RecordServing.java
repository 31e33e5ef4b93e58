package org.yiyang.meals.application;

/**
 * A meal recorded at a site's terminal. The elder is named by the meal card's token, or by the last four
 * characters of the ID number with the name.
 *
 * @param period    BREAKFAST, LUNCH or DINNER
 * @param kind      SERVED (at the site, when empty) or DELIVERED
 * @param fullPrice served at the full price, without subsidy (after the elder had the period's subsidised meal)
 */
public record RecordServing(Long siteId, String period, String kind, String cardToken, String idLast4, String name,
                            Boolean fullPrice) {
}
