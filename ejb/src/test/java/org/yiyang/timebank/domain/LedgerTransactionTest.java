package org.yiyang.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** A transaction balances in one unit, settles without taking a holder below zero, and is reversed by negation. */
class LedgerTransactionTest {

    static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");
    static final Account ISSUED = new Account(1, OwnerKind.ISSUED, 0, LedgerUnit.HOURS, -600);
    static final Account SPENT = new Account(2, OwnerKind.SPENT, 0, LedgerUnit.HOURS, 0);
    static final Account VOLUNTEER = new Account(3, OwnerKind.VOLUNTEER, 7, LedgerUnit.HOURS, 600);
    static final Account POINTS = new Account(4, OwnerKind.VOLUNTEER, 7, LedgerUnit.POINTS, 50);

    @Test
    void aTransactionThatDoesNotSumToZeroIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> LedgerTransaction.of(TransactionKind.EARN,
                LedgerUnit.HOURS, List.of(new Leg(ISSUED, -60), new Leg(VOLUNTEER, 61)), "hours:1", null, "org",
                false, AT));
        assertEquals("timebank.ledger.unbalanced", e.messageKey());
        assertEquals(List.of(1L), e.args());
    }

    @Test
    void aTransactionHasTwoEntriesAtLeastNoneZeroAndEachAccountOnce() {
        assertEquals("timebank.ledger.legs", assertThrows(DomainException.class, () -> LedgerTransaction.of(
                TransactionKind.ADJUSTMENT, LedgerUnit.HOURS, List.of(new Leg(VOLUNTEER, 0)), null, "r", "a", false,
                AT)).messageKey());
        assertEquals("timebank.amount.positive", assertThrows(DomainException.class, () -> LedgerTransaction.of(
                TransactionKind.ADJUSTMENT, LedgerUnit.HOURS, List.of(new Leg(ISSUED, 0), new Leg(VOLUNTEER, 0)),
                null, "r", "a", false, AT)).messageKey());
        assertEquals("timebank.ledger.sameAccount", assertThrows(DomainException.class, () -> LedgerTransaction.of(
                TransactionKind.ADJUSTMENT, LedgerUnit.HOURS, List.of(new Leg(VOLUNTEER, 5), new Leg(VOLUNTEER, -5)),
                null, "r", "a", false, AT)).messageKey());
        assertEquals("timebank.amount.positive", assertThrows(DomainException.class, () -> LedgerTransaction.move(
                TransactionKind.REDEEM, VOLUNTEER, SPENT, 0, null, "order 1", "a", false, AT)).messageKey());
    }

    @Test
    void unitsAreNeverMixed() {
        DomainException e = assertThrows(DomainException.class, () -> LedgerTransaction.move(TransactionKind.TRANSFER,
                VOLUNTEER, POINTS, 30, null, null, "a", false, AT));
        assertEquals("timebank.ledger.unitMixed", e.messageKey());
        assertThrows(DomainException.class, () -> LedgerTransaction.of(TransactionKind.ADJUSTMENT, LedgerUnit.POINTS,
                List.of(new Leg(ISSUED, -5), new Leg(VOLUNTEER, 5)), null, "r", "a", false, AT));
    }

    @Test
    void settlingNeverTakesAHolderBelowZeroButASourceMay() {
        LedgerTransaction redeem = LedgerTransaction.move(TransactionKind.REDEEM, VOLUNTEER, SPENT, 90, null,
                "order 9", "a", false, AT);
        assertEquals(Map.of(3L, 10L, 2L, 90L), redeem.settle(Map.of(3L, 100L, 2L, 0L)));
        DomainException e = assertThrows(DomainException.class, () -> redeem.settle(Map.of(3L, 89L, 2L, 0L)));
        assertEquals("timebank.balance.insufficient", e.messageKey());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        LedgerTransaction earn = LedgerTransaction.move(TransactionKind.EARN, ISSUED, VOLUNTEER, 60, "hours:2", null,
                "org", true, AT);
        assertEquals(Map.of(1L, -60L, 3L, 60L), earn.settle(Map.of(1L, 0L, 3L, 0L)));
    }

    @Test
    void aReversalNegatesTheEntriesLinksTheOriginalAndIsNotReversedAgain() {
        PostedTransaction earn = new PostedTransaction(11, TransactionKind.EARN, LedgerUnit.HOURS, "hours:3", null,
                null, false, "org", AT, List.of(new Leg(ISSUED, -45), new Leg(VOLUNTEER, 45)));
        LedgerTransaction reversal = LedgerTransaction.reversalOf(earn, "记错了", "admin", AT.plusSeconds(60));
        assertEquals(TransactionKind.REVERSAL, reversal.kind());
        assertEquals(11L, reversal.reversesId().orElseThrow());
        assertEquals(List.of(45L, -45L), reversal.legs().stream().map(Leg::amount).toList());
        assertEquals(Map.of(1L, -555L, 3L, 555L), reversal.settle(Map.of(1L, -600L, 3L, 600L)));
        assertThrows(DomainException.class, () -> reversal.settle(Map.of(1L, -600L, 3L, 44L)),
                "spent hours are not reversed below zero");
        PostedTransaction posted = new PostedTransaction(12, TransactionKind.REVERSAL, LedgerUnit.HOURS, null, 11L,
                "记错了", false, "admin", AT, reversal.legs());
        assertEquals("timebank.reversal.ofReversal", assertThrows(DomainException.class,
                () -> LedgerTransaction.reversalOf(posted, "again", "admin", AT)).messageKey());
    }
}
