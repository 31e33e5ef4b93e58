/**
 * Visit use cases (enrolments, visit records, the visitor's inbox, weather alerts, follow-ups, reminders) and who may
 * do what ({@link org.yiyang.visits.application.EnrolmentActions}).
 */
package org.yiyang.visits.application;
