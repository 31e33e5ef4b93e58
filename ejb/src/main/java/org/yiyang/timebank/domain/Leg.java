package org.yiyang.timebank.domain;

/** One side of a transaction: a signed amount on an account (minutes or points, never zero). */
public record Leg(Account account, long amount) {
}
