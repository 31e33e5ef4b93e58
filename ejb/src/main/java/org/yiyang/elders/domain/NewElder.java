package org.yiyang.elders.domain;

import org.yiyang.shared.domain.IdCardNumber;
import org.yiyang.tenancy.domain.Village;

/**
 * One elder of a bulk registration (import, demo data), already validated. Elders with the same
 * {@code householdKey} live in one household.
 */
public record NewElder(String name, IdCardNumber idNumber, ElderProfile profile, String householdKey,
                       String householdNo, Village village, String address) {
}
