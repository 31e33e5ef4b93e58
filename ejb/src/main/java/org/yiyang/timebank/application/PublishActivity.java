package org.yiyang.timebank.application;

import java.time.Instant;
import java.util.List;

/** An activity to publish: a team leader names the team they lead. */
public record PublishActivity(String title, Instant startsAt, Instant endsAt, String villageCode, Integer slots,
                              List<String> skills, Long elderId, Long teamId) {
}
