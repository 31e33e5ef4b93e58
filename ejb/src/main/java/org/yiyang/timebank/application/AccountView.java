package org.yiyang.timebank.application;

import java.util.List;

/** A ledger account: its owner, unit, balance (minutes or points) and the steps the caller may take. */
public record AccountView(long id, String ownerKind, long ownerId, String unit, long balance, List<String> actions) {
}
