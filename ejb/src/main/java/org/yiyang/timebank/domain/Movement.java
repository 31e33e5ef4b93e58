package org.yiyang.timebank.domain;

import java.time.Instant;

/** A signed amount on an account and when it was posted: what expiry reads. */
public record Movement(long amount, Instant at) {
}
