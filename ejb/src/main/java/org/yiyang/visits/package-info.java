/**
 * Visits to special-hardship elders (定期探访关爱): enrolment with a risk tier, the responsible visitor and a
 * caregiver; visit records; reminders and escalations created set-based by a few Quartz cron jobs; extreme-weather
 * alerts with must-visit tasks.
 */
package org.yiyang.visits;
