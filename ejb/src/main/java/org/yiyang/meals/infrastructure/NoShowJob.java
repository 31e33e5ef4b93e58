package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.yiyang.meals.application.MealNoShows;
import org.yiyang.shared.infrastructure.EachCounty;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/**
 * Daily, in the evening after the last meal: in every county, the elders registered for daily meals who have had no
 * meal for the county's number of days go on the follow-up list, each absence published once.
 */
@Dependent
@DisallowConcurrentExecution
public class NoShowJob implements Job {

    public static final String NAME = "meal-no-shows";
    /** 20:30 China time, when the day's dinners are recorded. */
    public static final String CRON = "0 30 20 * * ?";
    private static final Logger LOG = Logger.getLogger(NoShowJob.class);

    @Inject
    MealNoShows noShows;

    @Inject
    CountyRegistry counties;

    @Inject
    Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        EachCounty.run(counties.all().stream().map(County::code).toList(), LOG,
                "Elders who stopped coming to meals, newly on the follow-up list",
                county -> noShows.detect(clock.instant()));
    }
}
