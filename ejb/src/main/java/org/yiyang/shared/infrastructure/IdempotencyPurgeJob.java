package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.yiyang.shared.application.IdempotencyStore;

/**
 * Hourly: deletes the idempotency keys (with their recorded responses, which may hold personal data) made more
 * than {@link IdempotencyStore#RETENTION} ago, county by county.
 */
@Dependent
@DisallowConcurrentExecution
public class IdempotencyPurgeJob implements Job {

    public static final String NAME = "idempotency-purge";
    public static final String CRON = "0 17 * * * ?";
    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

    @Inject
    IdempotencyStore store;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        EachCounty.run(store.countiesWithKeys(), LOG, "Idempotency keys purged after " + IdempotencyStore.RETENTION,
                county -> store.purge(clock.instant()));
    }
}
