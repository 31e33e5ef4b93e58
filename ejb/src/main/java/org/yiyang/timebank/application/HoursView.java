package org.yiyang.timebank.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An hours entry: whose, for which activity and day, how many minutes under which rule versions; who decided
 * (and whether as the served elder's proxy), a rejection's reason, a reversal.
 */
public record HoursView(long id, long volunteerId, String volunteerName, long activityId, String activityTitle,
                        LocalDate serviceDay, int minutes, String note, String status, String decidedBy,
                        Instant decidedAt, boolean byProxy, String rejectReason, String reversedBy, Instant reversedAt,
                        String reverseReason, int minRuleVersion, int maxRuleVersion, long version,
                        List<String> actions) {
}
