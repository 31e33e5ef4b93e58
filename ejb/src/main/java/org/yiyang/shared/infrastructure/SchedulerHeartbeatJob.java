package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** Proves the scheduler fires: advances this node's row in {@code shared_scheduler_heartbeat}. */
@Dependent
@DisallowConcurrentExecution
public class SchedulerHeartbeatJob implements Job {

    @Inject
    SchedulerHeartbeat heartbeat;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            heartbeat.beat(context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
