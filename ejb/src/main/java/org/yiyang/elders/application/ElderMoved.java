package org.yiyang.elders.application;

import java.util.List;

/**
 * Elders of a county now live in another township (their household moved). Fired inside the move's transaction:
 * contexts that keep the township of an elder's records (orders, plans, enrolments) follow it in the same
 * transaction, so the old township loses access and the new one gains it at once.
 */
public record ElderMoved(String county, List<Long> elderIds, String fromTownship, String toTownship) {
}
