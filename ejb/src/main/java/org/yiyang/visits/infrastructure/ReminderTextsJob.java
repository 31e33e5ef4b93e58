package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.yiyang.shared.infrastructure.JobScheduler;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.application.ReminderTexts;
import org.yiyang.visits.application.VisitReminders;

/** Sends one county's unsent reminder texts, as a one-off Quartz run that carries the county in its data. */
@Dependent
@DisallowConcurrentExecution
public class ReminderTextsJob implements Job {

    public static final String NAME = "visit-reminder-texts";
    public static final String COUNTY = "county";
    private static final Logger LOG = Logger.getLogger(ReminderTextsJob.class);

    @Inject
    VisitReminders reminders;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        String county = context.getMergedJobDataMap().getString(COUNTY);
        if (county == null) {
            return;
        }
        try {
            int sent = TenantScope.callForCounty(county, () -> reminders.sendSms(clock.instant()));
            LOG.debugf("Reminder texts in %s: %d sent", county, sent);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reminder texts in %s failed; the reminder sweep sends them later", county);
        }
    }

    /** The face the application uses: a one-off run of this job for the current county. */
    @ApplicationScoped
    public static class Trigger implements ReminderTexts {

        @Inject
        JobScheduler scheduler;

        @Override
        public void sendSoon() {
            try {
                scheduler.triggerNow(NAME, ReminderTextsJob.class, Map.of(COUNTY, TenantScope.requireCounty()));
            } catch (SchedulerException e) {
                // the reminder sweep (every 15 minutes) texts them then; the alert itself stands
                LOG.warnf("Reminder texts of %s not triggered now: %s", TenantScope.requireCounty(), e.getMessage());
            }
        }
    }
}
