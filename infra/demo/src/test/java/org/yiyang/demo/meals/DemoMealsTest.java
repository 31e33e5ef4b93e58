package org.yiyang.demo.meals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yiyang.meals.application.NewSubsidyTable;
import org.yiyang.meals.domain.MealPrice;
import org.yiyang.meals.domain.MealSplit;
import org.yiyang.meals.domain.SubsidySchedule;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/** The demo's subsidy table is one the county could publish, and each county's sites show every kind and level. */
class DemoMealsTest {

    static DemoMeals seed() {
        DemoMeals seed = new DemoMeals();
        seed.clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ChinaTime.ZONE);
        return seed;
    }

    static SubsidySchedule schedule(NewSubsidyTable table) {
        List<SubsidySchedule.Rate> rates = table.rows().stream().map(r -> new SubsidySchedule.Rate(
                AgeBand.valueOf(r.ageBand()), EconomicStatus.valueOf(r.economicStatus()),
                new MealSplit(Money.of(r.elderPart()), Money.of(r.countySubsidy()), Money.of(r.cityPart()),
                        Money.of(r.charityPart())))).toList();
        return SubsidySchedule.of(1, Money.of(table.price()), rates);
    }

    @Test
    void theSubsidyTableIsValidFromTodayWithEveryBandAndStatus() {
        NewSubsidyTable table = seed().table();
        assertEquals(LocalDate.of(2026, 12, 1), table.effectiveFrom());
        assertTrue(table.reason().length() <= 200);
        SubsidySchedule schedule = schedule(table);
        assertEquals(AgeBand.values().length * EconomicStatus.values().length, schedule.rates().size());
    }

    @Test
    void eightyAndOverPayFourTheCountyFiveCharityOne() {
        MealPrice p = schedule(seed().table()).priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.NONE, false);
        assertEquals(new MealSplit(Money.of("4.00"), Money.of("5.00"), Money.ZERO, Money.of("1.00")), p.split());
        assertEquals(Money.of("10.00"), p.price());
    }

    @Test
    void specialHardshipHasTheCityLayer() {
        SubsidySchedule schedule = schedule(seed().table());
        for (AgeBand band : AgeBand.values()) {
            for (EconomicStatus status : EconomicStatus.values()) {
                MealSplit s = schedule.split(band, status).orElseThrow();
                assertEquals(status.isHardship(), s.city().isPositive(), band + "/" + status);
            }
            assertEquals(Money.ZERO, schedule.split(band, EconomicStatus.EXTREME_POVERTY).orElseThrow().elder());
        }
    }

    @Test
    void eachCountyHasEveryKindAndLevelOpenAndPlanned() {
        for (String county : List.of("371602", "371621")) {
            List<DemoMeals.SiteSpec> sites = DemoMeals.SITES.stream().filter(s -> s.villageCode().startsWith(county))
                    .toList();
            assertEquals(Set.of("CANTEEN", "ELDER_TABLE", "MEAL_POINT"),
                    sites.stream().map(DemoMeals.SiteSpec::type).collect(Collectors.toSet()), county);
            assertEquals(Set.of("COMMUNITY", "RESIDENTIAL"),
                    sites.stream().map(DemoMeals.SiteSpec::level).collect(Collectors.toSet()), county);
            Set<String> statuses = sites.stream().map(DemoMeals.SiteSpec::status).collect(Collectors.toSet());
            assertTrue(statuses.contains("PLANNED") && statuses.contains("OPEN"), county);
            long open = sites.stream().filter(s -> s.status().equals("OPEN")).count();
            assertTrue(open > sites.size() / 2, county + ": most sites are open");
            assertFalse(sites.stream().anyMatch(s -> s.name().length() > 100 || s.address().length() > 200));
        }
    }
}
