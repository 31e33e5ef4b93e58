/** Visits: the reminder job, the SMS gateway and persistence. */
package org.yiyang.visits.infrastructure;
