package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.yiyang.infra.EmbeddedMariaDb;
import org.yiyang.infra.KeycloakServer;
import org.yiyang.infra.Readiness;
import org.yiyang.shared.infrastructure.Migrations;

/**
 * The path a newcomer without MariaDB takes, exercised on every machine: an embedded real MariaDB on a
 * free port, every migration from the classpath, Chinese text round-tripped.
 */
class EmbeddedMariaDbIT {

    @Test
    void embeddedMariaDbRunsEveryMigrationAndKeepsChineseText() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-mariadb");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(Readiness.freePort(), home)) {
            db.createDatabase("yiyang_embedded");
            MariaDbDataSource ds = new MariaDbDataSource(db.url("yiyang_embedded") + "?user=root");
            MigrateResult result = Migrations.flyway(ds, Migrations.class.getClassLoader()).migrate();
            assertTrue(result.success);
            long files;
            try (var s = Files.list(Path.of(System.getProperty("yiyang.home", ".."),
                    "ejb/src/main/resources/db/migration"))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".sql")).count();
            }
            assertEquals(files, result.migrationsExecuted, "every migration ran");
            try (Connection c = ds.getConnection()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name FROM tenancy_county WHERE code = '371602'")) {
                    assertTrue(rs.next());
                    assertEquals("滨城区", rs.getString(1));
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE tenancy_village SET name = ? WHERE code = '371602001001'")) {
                    ps.setString(1, "新苑社区·𠮷");
                    assertEquals(1, ps.executeUpdate());
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name, CHAR_LENGTH(name) FROM tenancy_village WHERE code = '371602001001'")) {
                    assertTrue(rs.next());
                    assertEquals("新苑社区·𠮷", rs.getString(1), "4-byte characters survive (utf8mb4)");
                    assertEquals(6, rs.getInt(2));
                }
            }
        } finally {
            KeycloakServer.deleteTree(home);
        }
    }
}
