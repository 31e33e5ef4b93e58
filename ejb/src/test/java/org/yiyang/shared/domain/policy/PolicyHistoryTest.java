package org.yiyang.shared.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;

class PolicyHistoryTest {

    /** A money setting shaped like renovation's household cap. */
    static final PolicyKey<BigDecimal> CAP = new PolicyKey<>("renovation.householdCap",
            new PolicyType.Money(new BigDecimal("100000")), new BigDecimal("3000.00"), "yuan");
    static final LocalDate D1 = LocalDate.of(2026, 1, 1);

    static PolicySetting v(int version, String value, LocalDate from) {
        return new PolicySetting(CAP.key(), version, value, from, "test", "admin", Instant.EPOCH);
    }

    @Test
    void withoutCountyDecisionsTheNationalDefaultApplies() {
        PolicyValue<BigDecimal> v = new PolicyHistory<>(CAP, List.of()).on(D1);
        assertEquals(new BigDecimal("3000.00"), v.value());
        assertEquals(0, v.version());
        assertTrue(v.isNationalDefault());
    }

    @Test
    void theLatestVersionEffectiveByTheDayApplies() {
        PolicyHistory<BigDecimal> h = new PolicyHistory<>(CAP, List.of(v(1, "3500.00", D1),
                v(2, "4000.00", D1.plusMonths(6))));
        assertEquals(0, h.on(D1.minusDays(1)).version());
        assertEquals(new BigDecimal("3500.00"), h.on(D1).value());
        assertEquals(new BigDecimal("3500.00"), h.on(D1.plusMonths(6).minusDays(1)).value());
        assertEquals(new BigDecimal("4000.00"), h.on(D1.plusMonths(6)).value(), "a future version applies from its day");
        assertEquals(3, h.nextVersion());
    }

    @Test
    void aDecisionKeepsTheVersionItWasMadeUnderAfterAChange() {
        List<PolicySetting> versions = new ArrayList<>(List.of(v(1, "3500.00", D1)));
        PolicyRef decided = new PolicyHistory<>(CAP, versions).on(D1.plusDays(10)).ref();
        versions.add(v(2, "2500.00", D1.plusDays(20)));
        PolicyHistory<BigDecimal> later = new PolicyHistory<>(CAP, versions);
        assertEquals(new BigDecimal("2500.00"), later.on(D1.plusDays(30)).value());
        assertEquals(new PolicyRef(CAP.key(), 1), decided);
        assertEquals(new BigDecimal("3500.00"), later.version(decided.version()).orElseThrow().value(),
                "the decision still reads the rule it was made under");
        assertEquals(new BigDecimal("3000.00"), later.version(0).orElseThrow().value());
        assertTrue(later.version(7).isEmpty());
    }

    @Test
    void moneyIsExactNonNegativeAndAtMostTwoDecimals() {
        PolicyType.Money money = new PolicyType.Money(new BigDecimal("100000"));
        assertEquals(new BigDecimal("3000.50"), money.parse(" 3000.5 "));
        assertEquals("3000.00", money.format(new BigDecimal("3000")));
        assertEquals("policy.money.range", assertThrows(DomainException.class, () -> money.parse("-1")).messageKey());
        assertEquals("policy.money.range", assertThrows(DomainException.class, () -> money.parse("1.005")).messageKey());
        assertEquals("policy.money.range", assertThrows(DomainException.class, () -> money.parse("100000.01")).messageKey());
        assertEquals("policy.money.invalid", assertThrows(DomainException.class, () -> money.parse("3千")).messageKey());
    }

    @Test
    void wholeNumbersStayWithinTheirBounds() {
        PolicyType.Whole days = new PolicyType.Whole(1, 90);
        assertEquals(7, days.parse("7"));
        assertEquals("policy.integer.range", assertThrows(DomainException.class, () -> days.parse("0")).messageKey());
        assertEquals("policy.integer.invalid", assertThrows(DomainException.class, () -> days.parse("7.5")).messageKey());
    }

    @Test
    void aVersionEffectiveOnNewYearsDayAppliesFromBeijingMidnightNotUtcMidnight() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        PolicyHistory<BigDecimal> h = new PolicyHistory<>(CAP, List.of(v(1, "3500.00", newYear)));
        Clock eve = Clock.fixed(Instant.parse("2026-12-31T15:59:00Z"), ZoneOffset.UTC);
        Clock midnight = Clock.fixed(Instant.parse("2026-12-31T16:00:00Z"), ZoneOffset.UTC);
        assertEquals(new BigDecimal("3000.00"), h.on(ChinaTime.today(eve)).value(), "23:59 on New Year's Eve");
        assertEquals(new BigDecimal("3500.00"), h.on(ChinaTime.today(midnight)).value(), "00:00 on New Year's Day");
    }

    @Test
    void aChangeForTodayIsAllowedUntilBeijingMidnightThenItIsInThePast() {
        LocalDate eve = LocalDate.of(2026, 12, 31);
        assertTrue(PolicySetting.mayTakeEffectOn(eve, Instant.parse("2026-12-31T15:59:00Z")));
        assertFalse(PolicySetting.mayTakeEffectOn(eve, Instant.parse("2026-12-31T16:00:00Z")),
                "at 00:00 on 2027-01-01 Beijing time New Year's Eve is past");
        assertTrue(PolicySetting.mayTakeEffectOn(LocalDate.of(2027, 1, 1), Instant.parse("2026-12-31T16:00:00Z")));
        assertFalse(PolicySetting.mayTakeEffectOn(null, Instant.parse("2026-12-31T16:00:00Z")));
    }

    @Test
    void aLeapDayDecisionAppliesOnTheTwentyNinthAndIsPastOnTheFirstOfMarch() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        PolicyHistory<BigDecimal> h = new PolicyHistory<>(CAP, List.of(v(1, "3200.00", leapDay)));
        assertEquals(0, h.on(ChinaTime.dayOf(Instant.parse("2028-02-28T15:59:00Z"))).version());
        assertEquals(1, h.on(ChinaTime.dayOf(Instant.parse("2028-02-28T16:00:00Z"))).version());
        assertTrue(PolicySetting.mayTakeEffectOn(leapDay, Instant.parse("2028-02-29T15:59:00Z")));
        assertFalse(PolicySetting.mayTakeEffectOn(leapDay, Instant.parse("2028-02-29T16:00:00Z")));
    }

    @Test
    void theCatalogsKeysAreFoundByTheirNamesAndDeclaredOnce() {
        PolicyKey<Integer> days = new PolicyKey<>("visits.escalationDays", new PolicyType.Whole(0, 60), 3, "days");
        PolicyKeys keys = PolicyKeys.of(List.of(() -> List.of(days), () -> List.of(CAP)));
        assertEquals(List.of(CAP, days), keys.all(), "sorted by name");
        assertEquals(days, keys.byKey("visits.escalationDays").orElseThrow());
        assertTrue(keys.byKey("visits.unknown").isEmpty());
        assertThrows(IllegalStateException.class, () -> PolicyKeys.of(List.of(() -> List.of(CAP), () -> List.of(CAP))),
                "two contexts declaring one name");
    }
}
