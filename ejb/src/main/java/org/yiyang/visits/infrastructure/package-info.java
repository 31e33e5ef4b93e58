/** Visits: the reminder jobs, the SMS gateway and persistence (the repositories and the reminder store). */
package org.yiyang.visits.infrastructure;
