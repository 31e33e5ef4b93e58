package org.yiyang.meals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.Money;

/** The split of a meal's price by table version, age band and economic status, with the city layer and charity. */
class SubsidyScheduleTest {

    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    static Money m(String amount) {
        return Money.of(amount);
    }

    static MealSplit split(String elder, String county, String city, String charity) {
        return new MealSplit(m(elder), m(county), m(city), m(charity));
    }

    /** Version 1 from 1 December: 10.00; 80-89 on subsistence get a city part and charity on top of the county's. */
    static SubsidySchedule version1() {
        return SubsidySchedule.of(1, m("10.00"), List.of(
                new SubsidySchedule.Rate(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, split("6.00", "4.00", "0", "0")),
                new SubsidySchedule.Rate(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE,
                        split("1.00", "5.00", "3.00", "1.00"))));
    }

    /** Version 2 from 1 January: 60-69 without assistance pay more, the county less. */
    static SubsidySchedule version2() {
        return SubsidySchedule.of(2, m("10.00"), List.of(
                new SubsidySchedule.Rate(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, split("7.50", "2.50", "0", "0"))));
    }

    @Test
    void theNationalDefaultIsEightYuanOfWhichTheElderPaysThreeAndTheCountyFiveForEveryone() {
        for (AgeBand b : AgeBand.values()) {
            for (EconomicStatus s : EconomicStatus.values()) {
                MealPrice p = SubsidySchedule.NATIONAL_DEFAULT.priceFor(b, s, false);
                assertEquals(0, p.tableVersion());
                assertEquals(m("8.00"), p.price());
                assertEquals(split("3.00", "5.00", "0", "0"), p.split());
                assertTrue(p.subsidised());
            }
        }
    }

    @Test
    void theSplitFollowsTheEldersBandAndStatusWithTheCityLayerAndCharityRecordedApart() {
        MealPrice poor = version1().priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE, false);
        assertEquals(split("1.00", "5.00", "3.00", "1.00"), poor.split());
        assertEquals(m("9.00"), poor.split().subsidy());
        assertEquals(m("10.00"), poor.split().total());
        assertEquals(1, poor.tableVersion());
        assertTrue(poor.subsidised());
        MealPrice young = version1().priceFor(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, false);
        assertEquals(split("6.00", "4.00", "0", "0"), young.split());
    }

    @Test
    void aBandAndStatusWithoutARowPayTheWholePriceUnsubsidised() {
        MealPrice p = version1().priceFor(AgeBand.FROM_90, EconomicStatus.NONE, false);
        assertEquals(MealSplit.fullPrice(m("10.00")), p.split());
        assertFalse(p.subsidised());
        assertEquals(1, p.tableVersion());
    }

    @Test
    void aMealAtFullPriceHasNoSubsidyWhateverTheRow() {
        MealPrice p = version1().priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE, true);
        assertEquals(split("10.00", "0", "0", "0"), p.split());
        assertFalse(p.subsidised());
    }

    @Test
    void aRowWhereTheElderPaysEverythingIsNotASubsidisedMeal() {
        SubsidySchedule s = SubsidySchedule.of(3, m("8.00"), List.of(
                new SubsidySchedule.Rate(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, split("8.00", "0", "0", "0"))));
        assertFalse(s.priceFor(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, false).subsidised());
    }

    @Test
    void theVersionInForceOnTheMealsDayPricesIt() {
        List<SubsidyTable> versions = List.of(
                new SubsidyTable(version1(), DEC_1, "试行", "admin", AT),
                new SubsidyTable(version2(), LocalDate.of(2027, 1, 1), "调整", "admin", AT));
        assertEquals(0, SubsidyTable.scheduleOn(versions, LocalDate.of(2026, 11, 30)).version(),
                "before the first version: the national default");
        assertEquals(m("8.00"), SubsidyTable.scheduleOn(versions, LocalDate.of(2026, 11, 30)).price());
        SubsidySchedule dec31 = SubsidyTable.scheduleOn(versions, LocalDate.of(2026, 12, 31));
        assertEquals(1, dec31.version());
        assertEquals(split("6.00", "4.00", "0", "0"),
                dec31.priceFor(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, false).split());
        SubsidySchedule jan1 = SubsidyTable.scheduleOn(versions, LocalDate.of(2027, 1, 1));
        assertEquals(2, jan1.version());
        assertEquals(split("7.50", "2.50", "0", "0"),
                jan1.priceFor(AgeBand.FROM_60_TO_69, EconomicStatus.NONE, false).split());
        assertFalse(jan1.priceFor(AgeBand.FROM_80_TO_89, EconomicStatus.SUBSISTENCE, false).subsidised(),
                "version 2 has no row for them any more");
    }

    @Test
    void aStoredTableReadsBackAsTheScheduleItWasMadeOf() {
        SubsidySchedule back = new SubsidyTable(version1(), DEC_1, "试行", "admin", AT).schedule();
        assertEquals(version1(), back);
    }

    @Test
    void refusesRowsThatDoNotAddUpToThePrice() {
        DomainException e = assertThrows(DomainException.class, () -> SubsidySchedule.of(1, m("8.00"), List.of(
                new SubsidySchedule.Rate(AgeBand.FROM_60_TO_69, EconomicStatus.NONE,
                        split("3.00", "4.00", "0", "0")))));
        assertEquals("meals.subsidy.row.sum", e.messageKey());
        assertEquals("rows", e.field());
    }

    @Test
    void refusesNegativePartsDuplicateRowsNoRowsAndABadPrice() {
        assertEquals("meals.subsidy.row.negative", assertThrows(DomainException.class, () -> SubsidySchedule.of(1,
                m("8.00"), List.of(new SubsidySchedule.Rate(AgeBand.FROM_60_TO_69, EconomicStatus.NONE,
                        split("9.00", "-1.00", "0", "0"))))).messageKey());
        SubsidySchedule.Rate row = new SubsidySchedule.Rate(AgeBand.FROM_70_TO_79, EconomicStatus.NONE,
                split("3.00", "5.00", "0", "0"));
        assertEquals("meals.subsidy.row.duplicate", assertThrows(DomainException.class,
                () -> SubsidySchedule.of(1, m("8.00"), List.of(row, row))).messageKey());
        assertEquals("meals.subsidy.rows.required", assertThrows(DomainException.class,
                () -> SubsidySchedule.of(1, m("8.00"), List.of())).messageKey());
        assertEquals("meals.subsidy.price.invalid", assertThrows(DomainException.class,
                () -> SubsidySchedule.of(1, Money.ZERO, List.of(row))).messageKey());
        assertEquals("meals.subsidy.row.incomplete", assertThrows(DomainException.class,
                () -> SubsidySchedule.of(1, m("8.00"), List.of(new SubsidySchedule.Rate(null, EconomicStatus.NONE,
                        split("3.00", "5.00", "0", "0"))))).messageKey());
    }

    @Test
    void aReversalNegatesEveryPart() {
        MealSplit s = split("1.00", "5.00", "3.00", "1.00").negated();
        assertEquals(split("-1.00", "-5.00", "-3.00", "-1.00"), s);
        assertEquals(m("-10.00"), s.total());
    }
}
