package org.yiyang.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yiyang.shared.infrastructure.JobScheduler;
import org.yiyang.shared.infrastructure.SchedulerHeartbeat;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Quartz scheduler runs; reports its instance id and this node's heartbeat. */
@Readiness
@ApplicationScoped
public class SchedulerHealthCheck implements HealthCheck {

    @Inject
    JobScheduler scheduler;

    @Inject
    SchedulerHeartbeat heartbeat;

    @Override
    public HealthCheckResponse call() {
        String instance = scheduler.instanceId();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("scheduler")
                .status(scheduler.isRunning())
                .withData("instanceId", instance);
        heartbeat.of(instance).ifPresent(beat -> b.withData("beats", beat.beats())
                .withData("lastBeatAt", beat.lastBeatAt().toString()));
        return b.build();
    }
}
