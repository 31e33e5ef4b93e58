package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** The county's rules for an entry: never 0 or negative, at least the minimum, the day's entries within the limit. */
class HoursRulesTest {

    static final HoursRules RULES = HoursRules.DEFAULTS;

    static DomainException refused(Integer minutes, int already) {
        DomainException e = assertThrows(DomainException.class, () -> RULES.check(minutes, already));
        assertEquals("minutes", e.field());
        return e;
    }

    @Test
    void zeroNegativeAndMissingMinutesAreRefused() {
        assertEquals("timebank.hours.minutes.positive", refused(0, 0).messageKey());
        assertEquals("timebank.hours.minutes.positive", refused(-30, 0).messageKey());
        assertEquals("timebank.hours.minutes.positive", refused(null, 0).messageKey());
    }

    @Test
    void anEntryUnderTheMinimumIsRefusedNamingIt() {
        DomainException e = refused(14, 0);
        assertEquals("timebank.hours.minutes.belowMinimum", e.messageKey());
        assertEquals(List.of(15), e.args());
        assertEquals(15, RULES.check(15, 0));
    }

    @Test
    void theDayIsLimitedOverAllItsEntries() {
        assertEquals(480, RULES.check(480, 0));
        assertEquals(60, RULES.check(60, 420));
        DomainException e = refused(61, 420);
        assertEquals("timebank.hours.minutes.overDailyLimit", e.messageKey());
        assertEquals(List.of(480, 420), e.args());
        assertEquals("timebank.hours.minutes.overDailyLimit", refused(481, 0).messageKey());
    }

    @Test
    void aCountysOwnRulesApply() {
        HoursRules county = new HoursRules(30, 240, 2, 1);
        assertEquals("timebank.hours.minutes.belowMinimum",
                assertThrows(DomainException.class, () -> county.check(20, 0)).messageKey());
        assertEquals("timebank.hours.minutes.overDailyLimit",
                assertThrows(DomainException.class, () -> county.check(30, 220)).messageKey());
    }
}
