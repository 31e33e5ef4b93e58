package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.tenancy.Caller;

/**
 * Reading the ledger: an account, an owner's accounts, an account's statement, a transaction; the calling volunteer's
 * own accounts.
 */
@Stateless
public class TimebankAccounts {

    /** The most entries a statement shows (the latest). */
    static final int MAX_LINES = 5000;

    @Inject
    LedgerStore ledger;

    @Inject
    LedgerViews views;

    @Inject
    Volunteers volunteers;

    public AccountView account(long id) {
        Caller caller = LedgerActions.requireTeller();
        return views.view(caller, views.account(id));
    }

    /** The owner's accounts (one per unit it has used). */
    public List<AccountView> ofOwner(String kind, Long ownerId) {
        Caller caller = LedgerActions.requireTeller();
        OwnerKind k = Inputs.parse(OwnerKind.class, kind, "ownerKind");
        if (k == null) {
            throw DomainException.invalid("ownerKind", "timebank.owner.required");
        }
        long owner = k.source() || k == OwnerKind.POOL ? 0 : ownerId == null ? -1 : ownerId;
        return ledger.ofOwner(k, owner).stream().map(a -> views.view(caller, a)).toList();
    }

    /** The calling volunteer's own accounts, their record found by their account (404 if it has none). */
    public List<AccountView> mine() {
        Caller caller = TimebankActions.requireVolunteer();
        return ledger.ofOwner(OwnerKind.VOLUNTEER, volunteers.me().id()).stream().map(a -> views.view(caller, a))
                .toList();
    }

    public StatementView statement(long id) {
        Caller caller = LedgerActions.requireTeller();
        Account a = views.account(id);
        return new StatementView(views.view(caller, a), ledger.statement(a.id(), MAX_LINES).stream()
                .map(l -> new StatementView.Line(l.entryId(), l.transactionId(), l.kind().name(), l.amount(),
                        l.balanceAfter(), l.reference(), l.reversesId(), l.reason(), l.byProxy(), l.by(), l.at()))
                .toList());
    }

    public TransactionView transaction(long id) {
        LedgerActions.requireTeller();
        return views.view(id);
    }
}
