package org.yiyang.visits.infrastructure;

import org.yiyang.visits.domain.VisitPolicy;

/** The due date of an enrolment {@code e} in SQL, with the frequencies of a policy (as {@link VisitPolicy#dueOn}). */
final class DueDateSql {

    private DueDateSql() {
    }

    static String of(VisitPolicy p) {
        return "DATE_ADD(GREATEST(e.enrolled_on, COALESCE(e.last_visited_on, e.enrolled_on)), INTERVAL CASE e.tier "
                + "WHEN 'RED' THEN " + p.redDays() + " WHEN 'YELLOW' THEN " + p.yellowDays() + " ELSE " + p.blueDays()
                + " END DAY)";
    }
}
