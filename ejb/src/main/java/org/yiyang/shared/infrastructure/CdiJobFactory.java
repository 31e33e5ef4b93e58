package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.quartz.Job;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.yiyang.tenancy.TenantScope;

/**
 * Creates each job run as a CDI bean (so jobs can inject services) and destroys it afterwards. A job whose
 * data carries a {@code county} runs inside that county's {@link TenantScope}; the county is also put into
 * the log MDC.
 */
@ApplicationScoped
public class CdiJobFactory implements JobFactory {

    /** Job data key of the county a job runs for. */
    public static final String COUNTY = "county";

    @Inject
    @Any
    Instance<Job> jobs;

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        String county = bundle.getJobDetail().getJobDataMap().getString(COUNTY);
        return context -> {
            Instance.Handle<? extends Job> handle = jobs.select(type).getHandle();
            try {
                if (county == null) {
                    handle.get().execute(context);
                } else {
                    MDC.put(COUNTY, county);
                    try {
                        TenantScope.<JobExecutionException>runForCounty(county, () -> handle.get().execute(context));
                    } finally {
                        MDC.remove(COUNTY);
                    }
                }
            } finally {
                handle.destroy();
            }
        };
    }
}
