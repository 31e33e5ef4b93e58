package org.yiyang.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A MariaDB server the platform can use: the configured one, or an embedded one this process started.
 * Databases are always created with utf8mb4 and a Unicode collation.
 */
public abstract class Database implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** The server's JDBC URL without a database, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}. */
    public abstract String serverUrl();

    public abstract String user();

    /** The password, or null for none. */
    public abstract String password();

    /** Whether this process started the server (and stops it on close). */
    public abstract boolean embedded();

    public String url(String database) {
        return serverUrl() + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (password() != null) {
            p.setProperty("password", password());
        }
        p.setProperty("connectTimeout", "3000");
        return DriverManager.getConnection(database == null ? serverUrl() : url(database), p);
    }

    public void createDatabase(String name) throws SQLException {
        execute("CREATE DATABASE IF NOT EXISTS " + checked(name)
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public void dropDatabase(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + checked(name));
    }

    public List<String> databases(String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(prefix)) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        return name;
    }

    @Override
    public abstract void close();

    /** A MariaDB server that was already running (configured by MARIADB_URL/USER/PASSWORD or the local default). */
    static final class External extends Database {
        private final String serverUrl;
        private final String user;
        private final String password;

        External(String serverUrl, String user, String password) {
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
        }

        @Override
        public String serverUrl() {
            return serverUrl;
        }

        @Override
        public String user() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public boolean embedded() {
            return false;
        }

        @Override
        public void close() {
            // not ours to stop
        }
    }
}
