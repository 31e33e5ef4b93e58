package org.yiyang.visits.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.quartz.SchedulerException;
import org.yiyang.shared.infrastructure.JobScheduler;

/**
 * Registers the visit reminder sweep with the clustered scheduler: every 15 minutes; after downtime it fires
 * once to catch up (not once per missed firing), and reruns are harmless because reminders have unique keys.
 */
@Singleton
@Startup
@DependsOn("JobScheduler")
public class VisitSchedule {

    public static final String CRON = "0 0/15 * * * ?";

    @Inject
    JobScheduler scheduler;

    @PostConstruct
    void register() {
        try {
            scheduler.ensureCronJob("visit-reminders", VisitReminderJob.class, CRON, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the visit reminder job could not be scheduled", e);
        }
    }
}
