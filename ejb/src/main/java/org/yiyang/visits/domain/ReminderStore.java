package org.yiyang.visits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminders of the current county, created set-based over all enrolments. Each has a key naming what it is
 * about, unique per county: creating them again adds only those still missing.
 */
public interface ReminderStore {

    /** The counties with anyone enrolled (a platform-level question: codes only, no personal data). */
    List<String> activeCounties();

    /** DUE to the visitor: the visit is due today or tomorrow (China time) under the policy. */
    int createDue(VisitPolicy policy, Instant now);

    /** OVERDUE to the visitor, once per due date: the due date has passed. */
    int createOverdue(VisitPolicy policy, Instant now);

    /** ESCALATION to the township's staff: overdue more than the policy's escalation days. */
    int createEscalations(VisitPolicy policy, Instant now);

    /** WEATHER to the visitor, once an hour (China time): an open task of an alert in force. */
    int createWeather(Instant now);

    /**
     * NO_SHOW to the visitor of an elder enrolled (actively) in the county, once per absence from meals (named by the
     * last day with a meal, none when the elder has had no meal since registering), due on the day it was counted to.
     *
     * @return the reminders created (none when the elder is not enrolled, or was reminded of this absence already)
     */
    int createNoShow(String county, long elderId, LocalDate lastMealDay, Instant at);

    /**
     * An inbox: the reminders of the county to the recipient or the group, unread first, then newest first, at
     * most {@code max}.
     */
    List<Reminder> inbox(String county, String recipient, String group, int max);

    /**
     * Marks a reminder of the recipient or the group read (it stays read at its first reading).
     *
     * @return false when the county has no such reminder for them
     */
    boolean markRead(String county, long id, String recipient, String group, Instant at);

    /** The reminders not yet texted and not claimed since {@code claimedBefore}, oldest first, at most {@code max}. */
    List<UnsentText> unsent(Instant claimedBefore, int max);

    /** Claims a reminder's text; false when it is texted already or claimed since {@code claimedBefore}. */
    boolean claim(long reminderId, byte[] claim, Instant now, Instant claimedBefore);

    /** Marks a reminder under this claim texted and logs the message id handed to the gateway (when any). */
    void markSent(long reminderId, byte[] claim, Instant now, String messageId);

    /** Gives a claim back. */
    void release(long reminderId, byte[] claim);
}
