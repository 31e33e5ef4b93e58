package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/** The locked month: which month an entry is booked into, and a settlement's totals per funding source. */
class MealSettlementTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);
    static final YearMonth DEC = YearMonth.of(2026, 12);
    static final YearMonth JAN = YearMonth.of(2027, 1);
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Instant AT = Instant.parse("2026-11-23T04:00:00Z");

    static MealSite site() throws ReflectiveOperationException {
        return ServingTest.withId(MealSiteTest.in(MealSiteStatus.OPEN), 11L);
    }

    static Serving serving(MealSite site, long id, SettledMonths settled) throws ReflectiveOperationException {
        MealRegistration registration = ServingTest.withId(new MealRegistration(5L, 11L, MealDiet.SOFT, true, DAY,
                "desk", AT), 21L);
        MealPrice price = SubsidyScheduleTest.version1()
                .priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE, false);
        return ServingTest.withId(Serving.record(site, registration, DAY, MealPeriod.LUNCH, ServingKind.SERVED,
                Identification.CARD, price, false, settled, "cook", AT), id);
    }

    @Test
    void anEntryGoesIntoTheMonthOfItsMealDayUnlessThatMonthIsSettled() {
        assertEquals(NOV, SettledMonths.NONE.accountingMonthOf(DAY));
        assertEquals(DEC, new SettledMonths(Set.of(NOV)).accountingMonthOf(DAY), "the next open month");
        assertEquals(JAN, new SettledMonths(Set.of(NOV, DEC)).accountingMonthOf(DAY), "over the new year");
        assertEquals(NOV, new SettledMonths(Set.of(YearMonth.of(2026, 10), DEC)).accountingMonthOf(DAY),
                "other months settled leave the meal's own month open");
    }

    @Test
    void aServingAndALateReversalKeepTheirMealDayAndAreBookedWhenRecorded() throws Exception {
        MealSite site = site();
        Serving s = serving(site, 31L, SettledMonths.NONE);
        assertEquals(NOV, s.accountingMonth());
        Serving late = serving(site, 32L, new SettledMonths(Set.of(NOV)));
        assertEquals(DAY, late.mealDay());
        assertEquals(DEC, late.accountingMonth(), "recorded after November was settled");
        Serving reversal = s.reversal("补录错误", new SettledMonths(Set.of(NOV)), "cook", AT.plusSeconds(86_400 * 10));
        assertEquals(DAY, reversal.mealDay());
        assertEquals(DEC, reversal.accountingMonth(), "a late reversal goes into the next open month");
        assertEquals(NOV, s.accountingMonth(), "the original stays where it was booked");
    }

    @Test
    void theTotalsPerFundingSourceCountAReversalNegatively() throws Exception {
        MealSite site = site();
        Serving a = serving(site, 31L, SettledMonths.NONE);
        Serving b = serving(site, 32L, SettledMonths.NONE);
        Serving reversal = ServingTest.withId(b.reversal("刷错卡", SettledMonths.NONE, "cook", AT), 33L);
        MealSettlement s = new MealSettlement(site, NOV, "admin", AT);
        for (Serving e : new Serving[] {a, b, reversal}) {
            s.include(e);
        }
        assertEquals(2, s.servings());
        assertEquals(1, s.reversals());
        assertEquals(1, s.meals());
        assertEquals(SubsidyScheduleTest.split("1.00", "5.00", "3.00", "1.00"), s.totals(), "one meal stands");
        assertEquals(Money.of("10.00"), s.totals().total());
        assertEquals(7L, s.providerId());
        assertEquals(NOV, s.month());
    }

    @Test
    void anEntryOfAnotherMonthOrSiteIsNotIncluded() throws Exception {
        MealSite site = site();
        Serving december = serving(site, 31L, new SettledMonths(Set.of(NOV)));
        MealSettlement s = new MealSettlement(site, NOV, "admin", AT);
        assertThrows(IllegalArgumentException.class, () -> s.include(december));
        assertEquals(0, s.servings());
    }

    @Test
    void aMonthIsSettledOnceItHasBegunInChina() {
        Instant lastHourOfNovemberInChina = Instant.parse("2026-11-30T15:30:00Z");
        assertTrue(MealSettlement.maySettle(NOV, lastHourOfNovemberInChina), "the current month so far");
        assertTrue(MealSettlement.maySettle(YearMonth.of(2026, 10), lastHourOfNovemberInChina));
        assertFalse(MealSettlement.maySettle(DEC, lastHourOfNovemberInChina));
        assertTrue(MealSettlement.maySettle(DEC, Instant.parse("2026-11-30T16:00:00Z")), "midnight in China");
    }
}
