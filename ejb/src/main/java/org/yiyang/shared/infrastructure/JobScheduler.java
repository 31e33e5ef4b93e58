package org.yiyang.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.Set;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.yiyang.platform.health.SchedulerHealthCheck;

/**
 * Quartz inside the server: a JDBC JobStore (JobStoreTX on the non-JTA datasource) on MariaDB in clustered
 * mode, so that several WildFly nodes fire each job once. Started after the schema is migrated and
 * validated, shut down (waiting for running jobs) when the application stops.
 *
 * <p>Jobs are few cron triggers that scan set-based; never one trigger per elder.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class JobScheduler {

    public static final String SCHEDULER_NAME = SchedulerHealthCheck.SCHEDULER;
    public static final String GROUP = "yiyang";
    public static final String HEARTBEAT = "scheduler-heartbeat";
    /**
     * System property (or environment variable {@code YIYANG_JOBS_PAUSED}): {@code true} keeps every cron trigger
     * but the heartbeat paused, so that nothing fires on its own. The test deployment sets it, and tests run each
     * job through the probe with an explicit clock; an operator may set it to hold the jobs during maintenance.
     * Starting without it resumes them.
     */
    public static final String PAUSED_PROPERTY = "yiyang.jobs.paused";

    private static final Logger LOG = Logger.getLogger(JobScheduler.class);

    @Inject
    CdiJobFactory jobFactory;

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        try {
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory(jobFactory);
            ensureCronJob(HEARTBEAT, SchedulerHeartbeatJob.class, "0/10 * * * * ?", false);
            ensureCronJob(IdempotencyPurgeJob.NAME, IdempotencyPurgeJob.class, IdempotencyPurgeJob.CRON, true);
            scheduler.start();
            LOG.infof("Quartz scheduler %s started as instance %s%s", SCHEDULER_NAME, scheduler.getSchedulerInstanceId(),
                    jobsPaused() ? "; the cron jobs are paused (" + PAUSED_PROPERTY + ")" : "");
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler could not start", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
                LOG.info("Quartz scheduler stopped");
            } catch (SchedulerException e) {
                LOG.warn("Quartz scheduler did not stop cleanly", e);
            }
        }
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", "yiyang");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.dataSource.yiyang.jndiURL", "java:jboss/datasources/YiyangDirectDS");
        return p;
    }

    /**
     * Makes sure a cron job exists with this schedule. An unchanged trigger is left alone, so that Quartz's
     * misfire handling sees what was missed while the platform was down; a changed schedule replaces it.
     *
     * @param catchUpOnce after downtime, fire once (true) or wait for the next regular time (false)
     */
    public void ensureCronJob(String name, Class<? extends Job> jobClass, String cron, boolean catchUpOnce)
            throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(name, GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(name, GROUP);
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (!(existing instanceof CronTrigger ct && cron.equals(ct.getCronExpression())
                && jobClass.getName().equals(jobClassOf(jobKey)))) {
            JobDetail job = JobBuilder.newJob(jobClass).withIdentity(jobKey).storeDurably().build();
            Trigger trigger = cronTrigger(triggerKey, jobKey, cron, catchUpOnce);
            try {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            } catch (ObjectAlreadyExistsException raceWithAnotherNode) {
                LOG.debugf("job %s was scheduled by another node", name);
            }
        }
        if (!HEARTBEAT.equals(name)) {
            if (jobsPaused()) {
                scheduler.pauseTrigger(triggerKey);
            } else if (scheduler.getTriggerState(triggerKey) == Trigger.TriggerState.PAUSED) {
                scheduler.resumeTrigger(triggerKey);
            }
        }
    }

    /**
     * Runs a job once, now, on whichever node picks it up first (the job is stored on first use), with its data:
     * for work a request asks for but must not do on its own thread. Such a one-off run is never held paused.
     */
    public void triggerNow(String name, Class<? extends Job> jobClass, java.util.Map<String, String> data)
            throws SchedulerException {
        JobKey key = JobKey.jobKey(name, GROUP);
        if (!scheduler.checkExists(key)) {
            try {
                scheduler.addJob(JobBuilder.newJob(jobClass).withIdentity(key).storeDurably().build(), false);
            } catch (ObjectAlreadyExistsException raceWithAnotherNode) {
                LOG.debugf("job %s was stored by another node", name);
            }
        }
        scheduler.triggerJob(key, new org.quartz.JobDataMap(data));
    }

    /** Whether the cron jobs (all but the heartbeat) are held paused by configuration. */
    public static boolean jobsPaused() {
        String v = System.getProperty(PAUSED_PROPERTY, System.getenv("YIYANG_JOBS_PAUSED"));
        return Boolean.parseBoolean(v == null ? null : v.strip());
    }

    /**
     * A cron trigger in China Standard Time. After downtime Quartz sees the missed firings as one misfire:
     * {@code catchUpOnce} fires once at once (not once per missed firing), otherwise it waits for the next time.
     */
    static Trigger cronTrigger(TriggerKey key, JobKey job, String cron, boolean catchUpOnce) {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron)
                .inTimeZone(java.util.TimeZone.getTimeZone(ClockProducer.ZONE));
        schedule = catchUpOnce ? schedule.withMisfireHandlingInstructionFireAndProceed()
                : schedule.withMisfireHandlingInstructionDoNothing();
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job).withSchedule(schedule).build();
    }

    private String jobClassOf(JobKey key) throws SchedulerException {
        JobDetail d = scheduler.getJobDetail(key);
        return d == null ? null : d.getJobClass().getName();
    }

    public boolean isRunning() {
        try {
            return scheduler != null && scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    public String instanceId() {
        try {
            return scheduler == null ? "" : scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "";
        }
    }
}
