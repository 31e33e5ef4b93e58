package org.yiyang.visits.application;

/** Enrolling an elder: where they live long-term, the tier (empty = as suggested), the visitor and caregiver. */
public record EnrolInput(Long elderId, Boolean livesElsewhere, String tier, String tierReason, String visitorUsername,
                         String visitorName, String visitorPhone, String caregiverName, String caregiverPhone,
                         String careDuties, String careFrom, String careTo) {
}
