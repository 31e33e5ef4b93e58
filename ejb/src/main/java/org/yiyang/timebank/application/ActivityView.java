package org.yiyang.timebank.application;

import java.time.Instant;
import java.util.List;

/**
 * An activity: when and where, its slots and how many are taken, the skills it wants, the elder it serves (name
 * only), who organises it; the caller's own sign-up, if any, and the steps the caller may take now.
 */
public record ActivityView(long id, String title, Instant startsAt, Instant endsAt, String townshipCode,
                           String villageCode, int slots, int taken, List<String> skills, Long servedElderId,
                           String servedElderName, Long teamId, String organiser, String status, String cancelReason,
                           long version, SignupView mySignup, List<String> actions) {
}
