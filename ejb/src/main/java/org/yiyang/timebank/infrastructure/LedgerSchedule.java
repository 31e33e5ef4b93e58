package org.yiyang.timebank.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.quartz.SchedulerException;
import org.yiyang.shared.infrastructure.JobScheduler;

/**
 * Registers the ledger's scheduled work with the clustered scheduler: the nightly expiry and the delivery of moves
 * between counties; after downtime each fires once to catch up, and reruns are harmless (expiry finds nothing
 * more, a received transfer is not credited again).
 */
@Singleton
@Startup
@DependsOn("JobScheduler")
public class LedgerSchedule {

    @Inject
    JobScheduler scheduler;

    @PostConstruct
    void register() {
        try {
            scheduler.ensureCronJob(LedgerJobs.ExpiryJob.NAME, LedgerJobs.ExpiryJob.class, LedgerJobs.ExpiryJob.CRON,
                    true);
            scheduler.ensureCronJob(LedgerJobs.PortabilityJob.NAME, LedgerJobs.PortabilityJob.class,
                    LedgerJobs.PortabilityJob.CRON, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the time bank ledger's jobs could not be scheduled", e);
        }
    }
}
