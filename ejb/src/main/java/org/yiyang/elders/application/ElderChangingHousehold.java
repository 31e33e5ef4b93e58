package org.yiyang.elders.application;

/**
 * An elder is about to join another household (a different household number). Fired inside the change's
 * transaction before anything changes: a context whose rule is per household may refuse it by throwing (the
 * renovation subsidy cap: a new household number must not give a fresh cap).
 */
public record ElderChangingHousehold(String county, long elderId, long fromHousehold) {
}
