package org.yiyang.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the test database, to check what really is stored. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        TestEnvironment.Running env = TestEnvironment.current();
        return env.db().connect(env.dbName());
    }

    /** The first column of every row. */
    public static List<Object> column(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    public static Object single(String sql, Object... params) throws SQLException {
        List<Object> values = column(sql, params);
        if (values.size() != 1) {
            throw new IllegalStateException("expected one row, got " + values.size() + ": " + sql);
        }
        return values.get(0);
    }

    /** Changes the test's own rows (never another test's), e.g. to move a time back; returns the rows changed. */
    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    public static long count(String sql, Object... params) throws SQLException {
        return ((Number) single(sql, params)).longValue();
    }
}
