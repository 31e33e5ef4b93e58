package org.yiyang.timebank.infrastructure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading native result values (the connection's time zone is UTC). */
final class SqlRows {

    private SqlRows() {
    }

    static long whole(Object o) {
        return ((Number) o).longValue();
    }

    static Long wholeOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    static boolean flag(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) o;
    }
}
