package org.yiyang.renovation.application;

/** A renovation application for an elder's household: who applies on whose behalf, and what they ask for. */
public record Application(Long elderId, String applicantKind, String applicantName, String applicantPhone,
                          String notes) {
}
