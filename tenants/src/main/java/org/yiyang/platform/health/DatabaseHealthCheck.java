package org.yiyang.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when MariaDB answers and the schema was migrated; reports the schema version. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/YiyangDirectDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        String version = null;
        String error = null;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (migrated(s)) {
                try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 "
                        + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                    version = rs.next() ? rs.getString(1) : null;
                }
            }
        } catch (SQLException e) {
            error = e.getClass().getSimpleName();
        }
        var b = HealthCheckResponse.named("database").status(version != null);
        if (version != null) {
            b.withData("schemaVersion", version);
        }
        if (error != null) {
            b.withData("error", error);
        }
        return b.build();
    }

    /** Whether Flyway has created its history table yet (asked without provoking an error). */
    private static boolean migrated(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'flyway_schema_history'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
