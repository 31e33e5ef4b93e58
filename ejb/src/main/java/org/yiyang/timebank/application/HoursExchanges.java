package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.TransactionKind;
import org.yiyang.tenancy.Caller;

/**
 * What a holder does with a balance, through the bureau, a township office or a grid worker: redeem banked hours
 * for a service for oneself or a linked family member (into the county's SPENT account, under the service's
 * reference), transfer to another holder of the same unit, donate to the county pool. A balance never goes below
 * zero: the posting settles under the accounts' locks.
 */
@Stateless
public class HoursExchanges {

    /** The longest service reference or memo kept. */
    static final int MAX_REFERENCE = 100;

    @Inject
    LedgerStore ledger;

    @Inject
    LedgerViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public TransactionView redeem(LedgerCommands.Redeem in) {
        Caller caller = LedgerActions.requireTeller();
        OwnerKind kind = Inputs.parse(OwnerKind.class, in.ownerKind(), "ownerKind");
        if (kind != OwnerKind.VOLUNTEER && kind != OwnerKind.FAMILY) {
            throw DomainException.invalid("ownerKind", "timebank.redeem.holder");
        }
        long minutes = LedgerViews.positive(in.minutes(), "minutes");
        String reference = Inputs.text(in.reference(), MAX_REFERENCE, "reference");
        if (reference == null) {
            throw DomainException.invalid("reference", "timebank.redeem.reference.required");
        }
        Account from = views.holder(kind.name(), in.ownerId(), LedgerUnit.HOURS, "owner");
        long id = ledger.post(LedgerTransaction.move(TransactionKind.REDEEM, from,
                ledger.source(OwnerKind.SPENT, LedgerUnit.HOURS), minutes, null, reference, caller.username(),
                false, clock.instant()));
        audit.record("TIMEBANK_REDEEMED", "timebankTransaction", id, from.ownerKind() + " " + from.ownerId() + ": "
                + minutes + " min for " + reference);
        return views.view(id);
    }

    public TransactionView transfer(LedgerCommands.Transfer in) {
        Caller caller = LedgerActions.requireTeller();
        LedgerUnit unit = LedgerViews.unit(in.unit());
        long amount = LedgerViews.positive(in.amount(), "amount");
        String memo = Inputs.text(in.memo(), MAX_REFERENCE, "memo");
        Account from = views.holder(in.fromKind(), in.fromId(), unit, "from");
        Account to = views.holder(in.toKind(), in.toId(), unit, "to");
        if (from.id() == to.id()) {
            throw DomainException.invalid("to", "timebank.ledger.sameAccount");
        }
        long id = ledger.post(LedgerTransaction.move(TransactionKind.TRANSFER, from, to, amount, null, memo,
                caller.username(), false, clock.instant()));
        audit.record("TIMEBANK_TRANSFERRED", "timebankTransaction", id, from.ownerKind() + " " + from.ownerId()
                + " to " + to.ownerKind() + " " + to.ownerId() + ": " + amount + " " + unit);
        return views.view(id);
    }

    public TransactionView donate(LedgerCommands.Donate in) {
        Caller caller = LedgerActions.requireTeller();
        LedgerUnit unit = LedgerViews.unit(in.unit());
        long amount = LedgerViews.positive(in.amount(), "amount");
        Account from = views.holder(in.ownerKind(), in.ownerId(), unit, "owner");
        if (from.ownerKind() == OwnerKind.POOL) {
            throw DomainException.invalid("ownerKind", "timebank.donate.pool");
        }
        long id = ledger.post(LedgerTransaction.move(TransactionKind.DONATE, from,
                ledger.account(OwnerKind.POOL, 0, unit), amount, null, null, caller.username(), false,
                clock.instant()));
        audit.record("TIMEBANK_DONATED", "timebankTransaction", id, from.ownerKind() + " " + from.ownerId() + ": "
                + amount + " " + unit);
        return views.view(id);
    }
}
