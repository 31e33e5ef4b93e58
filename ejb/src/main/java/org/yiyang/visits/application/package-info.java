/** Visits: use cases, reminders and views. */
package org.yiyang.visits.application;
