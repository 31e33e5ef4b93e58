package org.yiyang.visits.domain;

import java.time.LocalDate;

/** A reminder not yet texted, with the visitor's phone (none for some) and its key, which is the message id. */
public record UnsentText(long reminderId, String kind, LocalDate dueOn, String visitorPhone, String reminderKey) {
}
