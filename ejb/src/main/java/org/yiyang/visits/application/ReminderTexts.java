package org.yiyang.visits.application;

/**
 * Asks for the county's unsent reminder texts to go out soon, off the caller's thread (a request declaring an
 * alert does not send them itself): the sending is {@link VisitReminders#sendSms}, exactly once per reminder.
 */
public interface ReminderTexts {

    /** The current county's unsent reminders are texted within moments. */
    void sendSoon();
}
