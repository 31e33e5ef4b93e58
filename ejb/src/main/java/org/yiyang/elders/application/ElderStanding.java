package org.yiyang.elders.application;

import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.EconomicStatus;

/**
 * Where an elder stands today as subsidy tables weigh it (published by {@link ElderDirectory}): age and its band,
 * economic status, and whether the elder is a special-hardship elder.
 */
public record ElderStanding(int age, AgeBand band, EconomicStatus economicStatus, boolean specialHardship) {
}
