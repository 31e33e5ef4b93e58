package org.yiyang.elders.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.yiyang.elders.application.ElderImports;
import org.yiyang.shared.infrastructure.EachCounty;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/**
 * Daily: in every county, the uploaded register files of imports that were validated but never committed within
 * the county's retention period are deleted (they hold names, ID numbers and phone numbers) and the imports marked
 * abandoned.
 */
@Dependent
@DisallowConcurrentExecution
public class ImportPurgeJob implements Job {

    public static final String NAME = "elder-import-purge";
    public static final String CRON = "0 40 3 * * ?";
    private static final Logger LOG = Logger.getLogger(ImportPurgeJob.class);

    @Inject
    ElderImports imports;

    @Inject
    CountyRegistry counties;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        EachCounty.run(counties.all().stream().map(County::code).toList(), LOG,
                "Elder imports abandoned (their files deleted)", county -> imports.purgeAbandoned(clock.instant()));
    }
}
