package org.yiyang.infra;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Finds the MariaDB to use: the configured one ({@code MARIADB_URL}, {@code MARIADB_USER},
 * {@code MARIADB_PASSWORD}; by default 127.0.0.1:3306 as root without password) when it accepts those
 * credentials, otherwise an embedded MariaDB this process starts.
 */
public final class MariaDbLocator {

    public static final String DEFAULT_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private MariaDbLocator() {
    }

    /** The configured server's URL without a database (a database in MARIADB_URL is ignored here). */
    public static String configuredServerUrl() {
        String url = Env.get(null, "MARIADB_URL", DEFAULT_SERVER);
        if (!url.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("MARIADB_URL must start with jdbc:mariadb:// but is " + url);
        }
        URI u = URI.create(url.substring("jdbc:".length()));
        return "jdbc:mariadb://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + "/";
    }

    /** The configured server if it answers with the configured credentials, else null. */
    public static Database configured() {
        Database db = new Database.External(configuredServerUrl(), Env.get(null, "MARIADB_USER", "root"),
                Env.get(null, "MARIADB_PASSWORD", null));
        try (Connection c = db.connect(null)) {
            return c.isValid(3) ? db : null;
        } catch (SQLException e) {
            return null;
        }
    }

    public static Database locate(int embeddedPort, Path embeddedHome, java.util.function.Consumer<String> log) {
        Database db = configured();
        if (db != null) {
            log.accept("MariaDB: using " + db.serverUrl() + " as " + db.user());
            return db;
        }
        log.accept("MariaDB: none usable at " + configuredServerUrl() + "; starting an embedded MariaDB on port "
                + embeddedPort + " (first start unpacks it, about 15 s)");
        return EmbeddedMariaDb.start(embeddedPort, embeddedHome);
    }
}
