package org.yiyang.timebank.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PostedTransaction;
import org.yiyang.tenancy.Caller;

/** The ledger's inputs read once at the edge (holders, units, amounts) and its views. */
@Dependent
public class LedgerViews {

    @Inject
    LedgerStore ledger;

    /** A holder's account of the unit (a volunteer, family member, resident or the pool; no source account). */
    Account holder(String kind, Long ownerId, LedgerUnit unit, String field) {
        OwnerKind k = Inputs.parse(OwnerKind.class, kind, field + "Kind");
        if (k == null) {
            throw DomainException.invalid(field + "Kind", "timebank.owner.required");
        }
        if (k.source()) {
            throw DomainException.invalid(field + "Kind", "timebank.owner.source", k.name());
        }
        if (k == OwnerKind.POOL) {
            return ledger.account(k, 0, unit);
        }
        if (ownerId == null || ownerId <= 0) {
            throw DomainException.invalid(field + "Id", "timebank.owner.required");
        }
        return ledger.account(k, ownerId, unit);
    }

    static LedgerUnit unit(String raw) {
        LedgerUnit u = Inputs.parse(LedgerUnit.class, raw, "unit");
        if (u == null) {
            throw DomainException.invalid("unit", "timebank.unit.required");
        }
        return u;
    }

    static long positive(Long amount, String field) {
        if (amount == null || amount <= 0) {
            throw DomainException.invalid(field, "timebank.amount.positive");
        }
        return amount;
    }

    /** An account of the county by id; another county's is not found. */
    Account account(long id) {
        return ledger.find(id).orElseThrow(() -> DomainException.notFound("timebank.account.notFound", id));
    }

    AccountView view(Caller caller, Account a) {
        return new AccountView(a.id(), a.ownerKind().name(), a.ownerId(), a.unit().name(), a.balance(),
                LedgerActions.allowed(caller, a).stream().map(Enum::name).toList());
    }

    TransactionView view(long transactionId) {
        PostedTransaction t = ledger.transaction(transactionId).orElseThrow(
                () -> DomainException.notFound("timebank.transaction.notFound", transactionId));
        return new TransactionView(t.id(), t.kind().name(), t.unit().name(), t.reference(), t.reversesId(),
                ledger.reversalOf(t.id()).orElse(null), t.reason(), t.byProxy(), t.by(), t.at(),
                t.legs().stream().map(l -> new TransactionView.EntryView(l.account().id(),
                        l.account().ownerKind().name(), l.account().ownerId(), l.amount())).toList());
    }
}
