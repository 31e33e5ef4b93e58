package org.yiyang.timebank.application;
/** Hours an organiser (or the served elder's proxy) verified: fired in the verifying transaction. */
public record HoursVerified(String county, long entryId, long volunteerId, long activityId, int minutes,
                            String verifiedBy, boolean byProxy, java.time.Instant verifiedAt) {
}
