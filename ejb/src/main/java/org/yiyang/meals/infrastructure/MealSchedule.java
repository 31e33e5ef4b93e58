package org.yiyang.meals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.quartz.SchedulerException;
import org.yiyang.shared.infrastructure.JobScheduler;

/**
 * Registers meal assistance's scheduled work with the clustered scheduler: the daily no-show detection; after
 * downtime it fires once to catch up, and reruns are harmless because each absence is keyed.
 */
@Singleton
@Startup
@DependsOn("JobScheduler")
public class MealSchedule {

    @Inject
    JobScheduler scheduler;

    @PostConstruct
    void register() {
        try {
            scheduler.ensureCronJob(NoShowJob.NAME, NoShowJob.class, NoShowJob.CRON, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the meal no-show job could not be scheduled", e);
        }
    }
}
