package org.yiyang.elders.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.quartz.SchedulerException;
import org.yiyang.shared.infrastructure.JobScheduler;

/** Registers the elder registry's scheduled work with the clustered scheduler: the daily import purge. */
@Singleton
@Startup
@DependsOn("JobScheduler")
public class ElderSchedule {

    @Inject
    JobScheduler scheduler;

    @PostConstruct
    void register() {
        try {
            scheduler.ensureCronJob(ImportPurgeJob.NAME, ImportPurgeJob.class, ImportPurgeJob.CRON, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the import purge job could not be scheduled", e);
        }
    }
}
