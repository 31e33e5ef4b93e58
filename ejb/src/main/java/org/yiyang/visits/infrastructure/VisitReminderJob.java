package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.VisitReminders;

/**
 * The reminder sweep: one cron trigger for the whole platform (never one per elder), which runs the
 * set-based reminder steps of every county with enrolments. A failing county is logged and retried at the next
 * firing; the others go on.
 */
@Dependent
@DisallowConcurrentExecution
public class VisitReminderJob implements Job {

    private static final Logger LOG = Logger.getLogger(VisitReminderJob.class);

    @Inject
    VisitReminders reminders;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        for (String county : reminders.activeCounties()) {
            try {
                VisitReminders.Run run = TenantScope.callForCounty(county, () -> reminders.run(clock.instant()));
                if (run.due() + run.overdue() + run.escalations() + run.weather() > 0) {
                    LOG.infof("Visit reminders in %s: %d due, %d overdue, %d escalated, %d weather, %d SMS", county,
                            run.due(), run.overdue(), run.escalations(), run.weather(), run.sms());
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Visit reminders in %s failed; the next firing catches up", county);
            }
        }
    }
}
