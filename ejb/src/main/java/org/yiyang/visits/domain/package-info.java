/** Visits: domain. */
package org.yiyang.visits.domain;
