/**
 * Renovation's use cases, one class each (applications, assessments, approvals, works, photos, the board, figures),
 * the one place that says who may take which step ({@link org.yiyang.renovation.application.PlanActions}), and the
 * published status query other contexts read.
 */
package org.yiyang.renovation.application;
