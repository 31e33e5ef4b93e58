package org.yiyang.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yiyang.infra.Database;
import org.yiyang.infra.Env;
import org.yiyang.infra.KeycloakServer;
import org.yiyang.infra.MariaDbLocator;
import org.yiyang.infra.Readiness;

/**
 * Starts, once per test run, what the server needs: a MariaDB database of its own
 * ({@code yiyang_it_<time>_<random>}, on the configured MariaDB or an embedded one), a fresh Keycloak with
 * the realm, a data key; then hands the settings to Arquillian, which starts the provisioned WildFly.
 * Everything is stopped (and the database dropped) when the test run ends; databases left by runs that
 * died are swept.
 */
public final class TestEnvironment implements BeforeAllCallback {

    static final String DB_PREFIX = "yiyang_it_";
    private static final Duration STALE = Duration.ofHours(6);
    private static volatile Running running;
    private static volatile RuntimeException failure;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (failure != null) {
            throw failure;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> startOnce(), Running.class);
    }

    /** The environment of this test run (started by the first integration test class). */
    public static Running current() {
        if (running == null) {
            throw new IllegalStateException("the test environment is not started; annotate the test with @YiyangIT");
        }
        return running;
    }

    private static synchronized Running startOnce() {
        if (running != null) {
            return running;
        }
        try {
            running = start();
            return running;
        } catch (Exception e) {
            failure = new IllegalStateException("The test environment did not start: " + e.getMessage(), e);
            throw failure;
        }
    }

    private static Running start() throws IOException, SQLException {
        Path home = Path.of(System.getProperty("yiyang.home", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("yiyang.it.work", "target/it")).toAbsolutePath();
        log("test order seed " + System.getProperty("yiyang.test.seed", "?") + " (classes and methods; the same order "
                + "again: ./mvnw -B verify -Dtest.seed=" + System.getProperty("yiyang.test.seed", "<seed>") + ")");
        StaleProcesses.sweep(work, TestEnvironment::log);
        KeycloakServer.deleteTree(work);
        Files.createDirectories(work);
        int offset = Env.getInt("yiyang.it.port.offset", "YIYANG_IT_PORT_OFFSET", 200);
        int kcPort = Env.getInt("yiyang.it.keycloak.port", "YIYANG_IT_KEYCLOAK_PORT", 8380);
        Readiness.requireFree(8080 + offset, "test WildFly HTTP", "YIYANG_IT_PORT_OFFSET");
        Readiness.requireFree(9990 + offset, "test WildFly management", "YIYANG_IT_PORT_OFFSET");

        Database db = MariaDbLocator.locate(Env.getInt(null, "YIYANG_IT_EMBEDDED_DB_PORT", 3326),
                work.resolve("mariadb"), TestEnvironment::log);
        sweepStaleDatabases(db);
        String dbName = DB_PREFIX + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(random(3));
        db.createDatabase(dbName);
        log("MariaDB: test database " + dbName);

        KeycloakServer kc;
        try {
            kc = startKeycloak(home, work, kcPort);
        } catch (IOException | RuntimeException e) {
            dropQuietly(db, dbName);
            db.close();
            throw e;
        }

        String dataKey = Base64.getEncoder().encodeToString(random(32));
        Running r = new Running(db, dbName, kc, dataKey, offset);
        System.setProperty("yiyang.it.jbossHome", home.resolve("ear/target/server").toString());
        System.setProperty("yiyang.it.baseDir", work.resolve("wildfly").toString());
        System.setProperty("yiyang.it.managementPort", Integer.toString(9990 + offset));
        System.setProperty("yiyang.it.jvmArguments", String.join(" ",
                "-Xms256m", "-Xmx1g", "-Djava.net.preferIPv4Stack=true", "-Dfile.encoding=UTF-8",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dyiyang.db.url=" + db.url(dbName),
                "-Dyiyang.db.user=" + db.user(),
                "-Dyiyang.keycloak.url=" + kc.baseUrl(),
                "-Dyiyang.data.key=" + dataKey,
                // no cron trigger fires into a test's counts: tests run the jobs through the probe with a clock
                "-Dyiyang.jobs.paused=true"));
        return r;
    }

    /** A fresh Keycloak with the realm, and the accounts of the test-only county ({@link Counties#accounts()}). */
    private static KeycloakServer startKeycloak(Path home, Path work, int kcPort) throws IOException {
        Path zip = KeycloakServer.distributionIn(home.resolve("infra/target/keycloak"));
        if (zip == null) {
            throw new IllegalStateException("Keycloak's distribution is missing in infra/target/keycloak; build the "
                    + "whole project (./mvnw verify) rather than the ear module alone");
        }
        log("Keycloak: starting on port " + kcPort);
        KeycloakServer kc = KeycloakServer.start(zip, work.resolve("keycloak"),
                home.resolve("infra/keycloak/yiyang-realm.json"), kcPort, "-Xms64m -Xmx640m", Duration.ofMinutes(4));
        log("Keycloak: ready (PID " + kc.pid() + ")");
        try {
            KeycloakAccounts admin = KeycloakAccounts.login(kc.baseUrl(), Env.get(null, "KEYCLOAK_ADMIN_PASSWORD", "admin"));
            Counties.accounts().forEach(admin::create);
            log("Keycloak: " + Counties.accounts().size() + " accounts of the test county " + Counties.ZH.code());
        } catch (RuntimeException e) {
            kc.stop();
            throw e;
        }
        return kc;
    }

    private static void dropQuietly(Database db, String name) {
        try {
            db.dropDatabase(name);
            log("MariaDB: dropped " + name + " after the failed start");
        } catch (SQLException e) {
            log("could not drop " + name + ": " + e.getMessage());
        }
    }

    private static void sweepStaleDatabases(Database db) throws SQLException {
        long now = Instant.now().getEpochSecond();
        for (String name : db.databases(DB_PREFIX)) {
            String[] parts = name.substring(DB_PREFIX.length()).split("_");
            try {
                long created = Long.parseLong(parts[0]);
                if (now - created > STALE.toSeconds()) {
                    db.dropDatabase(name);
                    log("MariaDB: dropped stale test database " + name);
                }
            } catch (NumberFormatException ignored) {
                // not one of ours
            }
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static void log(String line) {
        System.out.println("[yiyang-it] " + line);
    }

    /** What the test run started; closed by JUnit after the last test. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Database db;
        private final String dbName;
        private final KeycloakServer keycloak;
        private final String dataKey;
        private final int portOffset;

        Running(Database db, String dbName, KeycloakServer keycloak, String dataKey, int portOffset) {
            this.db = db;
            this.dbName = dbName;
            this.keycloak = keycloak;
            this.dataKey = dataKey;
            this.portOffset = portOffset;
        }

        public Database db() {
            return db;
        }

        public String dbName() {
            return dbName;
        }

        public String keycloakUrl() {
            return keycloak.baseUrl();
        }

        public String issuer() {
            return keycloak.issuer();
        }

        public String dataKey() {
            return dataKey;
        }

        /** The application's base URL, e.g. {@code http://localhost:8280}. */
        public String appUrl() {
            return "http://localhost:" + (8080 + portOffset);
        }

        public String managementUrl() {
            return "http://localhost:" + (9990 + portOffset);
        }

        @Override
        public void close() {
            log("stopping Keycloak, dropping " + dbName + (db.embedded() ? ", stopping the embedded MariaDB" : ""));
            try {
                keycloak.stop();
            } finally {
                try {
                    db.dropDatabase(dbName);
                } catch (SQLException e) {
                    log("could not drop " + dbName + ": " + e.getMessage());
                } finally {
                    db.close();
                }
            }
        }
    }
}
