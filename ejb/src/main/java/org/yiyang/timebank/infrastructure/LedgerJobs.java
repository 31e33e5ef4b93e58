package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.yiyang.shared.infrastructure.EachCounty;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.timebank.application.HoursExpiry;
import org.yiyang.timebank.application.PortArrivals;

/** The time bank ledger's scheduled work, county by county. */
public final class LedgerJobs {

    private LedgerJobs() {
    }

    /** Nightly: banked hours past the county's expiry go to its EXPIRED account. */
    @Dependent
    @DisallowConcurrentExecution
    public static class ExpiryJob implements Job {

        public static final String NAME = "timebank-expiry";
        /** 01:15 China time. */
        public static final String CRON = "0 15 1 * * ?";
        private static final Logger LOG = Logger.getLogger(ExpiryJob.class);

        @Inject
        HoursExpiry expiry;

        @Inject
        CountyRegistry counties;

        @Inject
        Clock clock;

        @Override
        public void execute(JobExecutionContext context) {
            EachCounty.run(counties.all().stream().map(County::code).toList(), LOG,
                    "Time-bank accounts with banked hours expired", county -> expiry.expire(clock.instant()));
        }
    }

    /** Every minute: the outboxes' pending moves are credited in their target counties. */
    @Dependent
    @DisallowConcurrentExecution
    public static class PortabilityJob implements Job {

        public static final String NAME = "timebank-portability";
        public static final String CRON = "0 * * * * ?";
        private static final Logger LOG = Logger.getLogger(PortabilityJob.class);

        @Inject
        PortArrivals arrivals;

        @Inject
        CountyRegistry counties;

        @Override
        public void execute(JobExecutionContext context) {
            EachCounty.run(counties.all().stream().map(County::code).toList(), LOG,
                    "Time-bank moves credited in their target counties", county -> arrivals.deliverPending());
        }
    }
}
