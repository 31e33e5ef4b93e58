package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock every rule reads the time from, so schedules can be tested without sleeping. */
@ApplicationScoped
public class ClockProducer {

    /** Calendar days, due dates and displays are in China Standard Time. */
    public static final ZoneId ZONE = org.yiyang.shared.domain.ChinaTime.ZONE;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
