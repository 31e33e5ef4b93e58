package org.yiyang.timebank.application;
/** A volunteer's hours entry was reversed after verification (a correction): fired in the reversing transaction. */
public record HoursReversed(String county, long entryId, long volunteerId, int minutes, String reason,
                            String reversedBy, java.time.Instant reversedAt) {
}
