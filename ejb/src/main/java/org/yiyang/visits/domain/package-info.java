/**
 * The visits model: enrolments with their risk tier and due dates, visits, follow-ups, weather alerts, and the
 * repository and store interfaces their infrastructure implements.
 */
package org.yiyang.visits.domain;
