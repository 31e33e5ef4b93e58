package org.yiyang.visits.application;

import java.time.LocalDate;

/** An enrolment with its elder and its next due date under the policy in force. */
public record EnrolmentView(long id, long elderId, String elderName, String elderIdNumberMasked, String townshipCode,
                            String townshipName, String suggestedTier, String tier, String tierReason,
                            boolean livesElsewhere, String visitorUsername, String visitorName, String visitorPhone,
                            String caregiverName, String caregiverPhone, String careDuties, LocalDate careFrom,
                            LocalDate careTo, LocalDate enrolledOn, LocalDate lastVisitedOn, LocalDate dueOn,
                            long daysOverdue, boolean weatherTask, long version) {
}
