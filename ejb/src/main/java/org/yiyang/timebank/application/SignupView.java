package org.yiyang.timebank.application;

import java.time.Instant;

/** A volunteer's sign-up for an activity: its status, and when they checked in and out. */
public record SignupView(long id, long activityId, long volunteerId, String volunteerName, String status,
                         Instant checkedInAt, Instant checkedOutAt) {
}
