package org.yiyang.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Moments as people in the county read them: {@code yyyy-MM-dd HH:mm} (or {@code HH:mm}), China Standard Time. */
@Named("fmt")
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(org.yiyang.shared.domain.ChinaTime.ZONE);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(org.yiyang.shared.domain.ChinaTime.ZONE);

    public String instant(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    /** The time of day only ({@code HH:mm}), for lists of one day. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
