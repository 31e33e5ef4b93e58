package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.Leg;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PostedTransaction;
import org.yiyang.timebank.domain.TransactionKind;
import org.yiyang.tenancy.Caller;

/**
 * Audited corrections with a reason: the county administrator's ADJUSTMENT of a balance (against the county's
 * ISSUED account, never below zero) and REVERSAL of a posted transaction (its entries negated, linked to it, at most
 * once; the original stays as it was), and staff's AWARD of points for public-benefit work.
 */
@Stateless
public class LedgerCorrections {

    @Inject
    LedgerStore ledger;

    @Inject
    LedgerViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public TransactionView adjust(LedgerCommands.Adjust in) {
        Caller caller = LedgerActions.requireAdjuster();
        LedgerUnit unit = LedgerViews.unit(in.unit());
        if (in.amount() == null || in.amount() == 0) {
            throw DomainException.invalid("amount", "timebank.adjustment.amount");
        }
        String reason = reason(in.reason());
        Account holder = views.holder(in.ownerKind(), in.ownerId(), unit, "owner");
        long id = ledger.post(LedgerTransaction.of(TransactionKind.ADJUSTMENT, unit,
                List.of(new Leg(ledger.source(OwnerKind.ISSUED, unit), -in.amount()), new Leg(holder, in.amount())),
                null, reason, caller.username(), false, clock.instant()));
        audit.record("TIMEBANK_ADJUSTED", "timebankTransaction", id, holder.ownerKind() + " " + holder.ownerId()
                + ": " + in.amount() + " " + unit + ", " + reason);
        return views.view(id);
    }

    public TransactionView award(LedgerCommands.Award in) {
        Caller caller = LedgerActions.requireAwarder();
        long points = LedgerViews.positive(in.points(), "points");
        String reason = reason(in.reason());
        Account holder = views.holder(in.ownerKind(), in.ownerId(), LedgerUnit.POINTS, "owner");
        if (holder.ownerKind() != OwnerKind.VOLUNTEER && holder.ownerKind() != OwnerKind.RESIDENT) {
            throw DomainException.invalid("ownerKind", "timebank.award.holder");
        }
        long id = ledger.post(LedgerTransaction.move(TransactionKind.AWARD,
                ledger.source(OwnerKind.ISSUED, LedgerUnit.POINTS), holder, points, null, reason, caller.username(),
                false, clock.instant()));
        audit.record("TIMEBANK_POINTS_AWARDED", "timebankTransaction", id, holder.ownerKind() + " "
                + holder.ownerId() + ": " + points + ", " + reason);
        return views.view(id);
    }

    public TransactionView reverse(long transactionId, LedgerCommands.Reverse in) {
        Caller caller = LedgerActions.requireAdjuster();
        PostedTransaction original = ledger.transaction(transactionId).orElseThrow(
                () -> DomainException.notFound("timebank.transaction.notFound", transactionId));
        String reason = reason(in == null ? null : in.reason());
        if (ledger.reversalOf(original.id()).isPresent()) {
            throw DomainException.conflict("timebank.reversal.exists", original.id());
        }
        long id;
        try {
            id = ledger.post(LedgerTransaction.reversalOf(original, reason, caller.username(), clock.instant()));
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("timebank.reversal.exists", original.id());
        }
        audit.record("TIMEBANK_REVERSED", "timebankTransaction", original.id(), "reversal " + id + ", " + reason);
        return views.view(id);
    }

    private static String reason(String raw) {
        String r = raw == null ? "" : raw.strip();
        if (r.isEmpty() || r.length() > LedgerTransaction.MAX_REASON) {
            throw DomainException.invalid("reason", "timebank.reason.required", LedgerTransaction.MAX_REASON);
        }
        return r;
    }
}
