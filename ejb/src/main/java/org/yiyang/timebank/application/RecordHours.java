package org.yiyang.timebank.application;

/** The minutes a volunteer records for an activity they took part in. */
public record RecordHours(Long activityId, Integer minutes, String note) {
}
