package org.yiyang.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;

/** Ready when this node's Quartz scheduler runs; reports its instance id and heartbeat. */
@Readiness
@ApplicationScoped
public class SchedulerHealthCheck implements HealthCheck {

    /** The scheduler's name (org.quartz.scheduler.instanceName). */
    public static final String SCHEDULER = "yiyang";

    @Resource(lookup = "java:jboss/datasources/YiyangDirectDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("scheduler");
        Scheduler scheduler = SchedulerRepository.getInstance().lookup(SCHEDULER);
        try {
            boolean running = scheduler != null && scheduler.isStarted() && !scheduler.isShutdown()
                    && !scheduler.isInStandbyMode();
            b.status(running);
            if (scheduler != null) {
                String instance = scheduler.getSchedulerInstanceId();
                b.withData("instanceId", instance).withData("clustered", scheduler.getMetaData().isJobStoreClustered());
                heartbeat(b, instance);
            }
        } catch (SchedulerException e) {
            b.down().withData("error", e.getClass().getSimpleName());
        }
        return b.build();
    }

    private void heartbeat(HealthCheckResponseBuilder b, String instance) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT beats, last_beat_at FROM shared_scheduler_heartbeat WHERE instance_id = ?")) {
            ps.setString(1, instance);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    b.withData("beats", rs.getLong(1)).withData("lastBeatAt", rs.getString(2) + "Z");
                }
            }
        } catch (SQLException e) {
            b.withData("heartbeat", "unavailable");
        }
    }
}
