package org.yiyang.visits.application;

import java.time.Instant;

/**
 * A follow-up of a visit: ORDER (service, scheduledAt, payer), RENOVATION (an application for the elder's
 * household) or REFERRAL (referredTo), each with a note.
 */
public record FollowUpInput(String kind, String service, Instant scheduledAt, String payer, String referredTo,
                            String note) {
}
