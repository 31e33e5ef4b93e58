/** REST API of the visit programme: enrolments, visit records, the visitor task list, inboxes, weather alerts. */
package org.yiyang.web.api.visits;
