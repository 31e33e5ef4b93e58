package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/** Ledger entries: what a serving records, which claim it takes, and its reversal. */
class ServingTest {

    static final Instant AT = Instant.parse("2026-11-23T04:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }

    static Serving serving(boolean fullPrice) throws ReflectiveOperationException {
        MealSite site = withId(MealSiteTest.in(MealSiteStatus.OPEN), 11L);
        MealRegistration registration = withId(new MealRegistration(5L, 11L, MealDiet.SOFT, true, DAY, "desk", AT),
                21L);
        MealPrice price = SubsidyScheduleTest.version1()
                .priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE, fullPrice);
        return withId(Serving.record(site, registration, DAY, MealPeriod.LUNCH, ServingKind.SERVED,
                Identification.CARD, price, fullPrice, SettledMonths.NONE, "cook", AT), 31L);
    }

    @Test
    void aServingRecordsTheSplitTheVersionAndTheSitesTownship() throws Exception {
        Serving s = serving(false);
        assertEquals(11L, s.siteId());
        assertEquals(7L, s.providerId());
        assertEquals("371602001000", s.townshipCode());
        assertEquals(5L, s.elderId());
        assertEquals(1, s.tableVersion());
        assertEquals(Money.of("10.00").amount(), s.price());
        assertEquals(SubsidyScheduleTest.split("1.00", "5.00", "3.00", "1.00"), s.split());
        assertTrue(s.subsidised());
        assertEquals(new SubsidyClaim(5L, DAY, MealPeriod.LUNCH), s.claim().orElseThrow());
    }

    @Test
    void aMealAtFullPriceTakesNoClaim() throws Exception {
        Serving s = serving(true);
        assertTrue(s.claim().isEmpty());
        assertEquals(MealSplit.fullPrice(Money.of("10.00")), s.split());
    }

    @Test
    void aReversalIsTheNegatedCopyLinkedToTheOriginalAndTakesNoClaim() throws Exception {
        Serving original = serving(false);
        Serving r = original.reversal("刷错卡", SettledMonths.NONE, "cook", AT.plusSeconds(60));
        assertEquals(31L, r.reversesId());
        assertTrue(r.isReversal());
        assertEquals(SubsidyScheduleTest.split("-1.00", "-5.00", "-3.00", "-1.00"), r.split());
        assertEquals(Money.of("-10.00").amount(), r.price());
        assertEquals(DAY, r.mealDay());
        assertEquals(MealPeriod.LUNCH, r.period());
        assertEquals("刷错卡", r.reason());
        assertTrue(r.claim().isEmpty(), "the original's claim is released, the reversal takes none");
        assertEquals("meals.serving.isReversal", assertThrows(DomainException.class,
                () -> withId(r, 32L).reversal("再冲", SettledMonths.NONE, "cook", AT)).messageKey());
    }

    @Test
    void noServingAtASiteThatIsNotOpen() throws Exception {
        MealSite planned = withId(MealSiteTest.in(MealSiteStatus.PLANNED), 12L);
        MealRegistration registration = withId(new MealRegistration(5L, 12L, MealDiet.NONE, false, DAY, "desk", AT),
                22L);
        MealPrice price = SubsidySchedule.NATIONAL_DEFAULT.priceFor(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, false);
        assertEquals("meals.site.transition.invalid", assertThrows(DomainException.class, () -> Serving.record(planned,
                registration, DAY, MealPeriod.LUNCH, ServingKind.SERVED, Identification.CARD, price, false,
                SettledMonths.NONE, "cook", AT)).messageKey());
    }
}
