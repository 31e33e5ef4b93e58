package org.yiyang.renovation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.Money;

/** The household rule: subsidy = min(total, cap − approved so far), never negative, in yuan with two decimals. */
class HouseholdSubsidyTest {

    static final BigDecimal CAP = new BigDecimal("3000");

    static HouseholdSubsidy approvedSoFar(String approved) {
        return HouseholdSubsidy.of(CAP, new BigDecimal(approved));
    }

    @Test
    void aTotalBelowWhatIsLeftIsGrantedInFull() {
        HouseholdSubsidy h = approvedSoFar("0.00");
        assertEquals(Money.of("3000.00"), h.remaining());
        assertEquals(Money.of("710.00"), h.grantFor(new BigDecimal("710.00")));
        assertEquals(Money.ZERO, h.selfPayFor(new BigDecimal("710.00")));
    }

    @Test
    void aTotalAboveWhatIsLeftGetsTheRestAndTheHouseholdPaysTheDifference() {
        HouseholdSubsidy h = approvedSoFar("2480.00");
        assertEquals(Money.of("520.00"), h.remaining());
        assertEquals(Money.of("520.00"), h.grantFor(new BigDecimal("900.00")));
        assertEquals(Money.of("380.00"), h.selfPayFor(new BigDecimal("900.00")));
    }

    @Test
    void anExhaustedCapGrantsNothing() {
        HouseholdSubsidy h = approvedSoFar("3000.00");
        assertEquals(Money.ZERO, h.remaining());
        assertEquals(Money.ZERO, h.grantFor(new BigDecimal("120.00")));
        assertEquals(Money.of("120.00"), h.selfPayFor(new BigDecimal("120.00")));
    }

    @Test
    void plansHoldingMoreThanTheCapLeaveNothingNeverLessThanNothing() {
        // the cap lowered after approvals
        HouseholdSubsidy h = approvedSoFar("3600.00");
        assertEquals(Money.ZERO, h.remaining());
        assertEquals(Money.ZERO, h.grantFor(new BigDecimal("260.00")));
        assertEquals(Money.of("260.00"), h.selfPayFor(new BigDecimal("260.00")));
    }

    @Test
    void amountsKeepTwoDecimals() {
        HouseholdSubsidy h = approvedSoFar("2999.9");
        assertEquals(new BigDecimal("0.10"), h.remaining().amount());
        assertEquals(new BigDecimal("0.05"), h.grantFor(new BigDecimal("0.05")).amount());
        assertEquals(new BigDecimal("0.10"), h.grantFor(new BigDecimal("12.5")).amount());
        assertEquals(new BigDecimal("12.40"), h.selfPayFor(new BigDecimal("12.5")).amount());
        assertEquals(new BigDecimal("3000.00"), approvedSoFar("0").remaining().amount());
        assertThrows(ArithmeticException.class, () -> h.grantFor(new BigDecimal("0.005")), "never rounded");
    }
}
