package org.yiyang.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.TriggerKey;
import org.quartz.impl.triggers.CronTriggerImpl;
import org.yiyang.visits.infrastructure.VisitSchedule;

/** How the cron triggers behave after downtime (misfires), in Quartz's own terms. */
class JobSchedulerTest {

    static CronTriggerImpl trigger(boolean catchUpOnce) {
        return (CronTriggerImpl) JobScheduler.cronTrigger(TriggerKey.triggerKey("t"), JobKey.jobKey("j"),
                VisitSchedule.CRON, catchUpOnce);
    }

    @Test
    void aCatchUpJobFiresOnceAfterDowntimeNotOncePerMissedFiring() {
        CronTriggerImpl t = trigger(true);
        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, t.getMisfireInstruction());
        // down for three hours: twelve firings missed; Quartz's misfire handling moves the trigger to now, once
        ZonedDateTime now = ZonedDateTime.now(ClockProducer.ZONE);
        t.setStartTime(Date.from(now.minusHours(4).toInstant()));
        t.setNextFireTime(Date.from(now.minusHours(3).toInstant()));
        t.updateAfterMisfire(null);
        long drift = Math.abs(t.getNextFireTime().getTime() - System.currentTimeMillis());
        assertTrue(drift < 60_000, "fires now: " + t.getNextFireTime());
        Date after = t.getFireTimeAfter(t.getNextFireTime());
        assertEquals(true, after.getTime() - t.getNextFireTime().getTime() <= 15 * 60_000,
                "then the regular schedule goes on");
    }

    @Test
    void aJobThatNeedNotCatchUpWaitsForItsNextTime() {
        CronTriggerImpl t = trigger(false);
        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING, t.getMisfireInstruction());
        ZonedDateTime now = ZonedDateTime.now(ClockProducer.ZONE);
        t.setStartTime(Date.from(now.minusHours(4).toInstant()));
        t.setNextFireTime(Date.from(now.minusHours(3).toInstant()));
        t.updateAfterMisfire(null);
        assertTrue(t.getNextFireTime().after(new Date()), "the next regular time, in the future");
    }
}
