package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PortTransfer;
import org.yiyang.timebank.domain.PortabilityStore;
import org.yiyang.timebank.domain.TransactionKind;

/**
 * The target county's step of a move, in its own transaction and tenant scope: unless the inbox has the transfer,
 * the volunteer's hours account is credited from the county's PORTED account (PORT_IN, under the transfer's
 * reference) and the receipt written to the inbox; the inbox's unique key on the transfer id (and the reference)
 * make a second delivery change nothing.
 */
@Stateless
public class PortReceipts {

    @Inject
    LedgerStore ledger;

    @Inject
    PortabilityStore ports;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Credits the transfer in the current (target) county; false when it had been credited before. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean receive(PortTransfer t) {
        if (!t.targetCounty().equals(TenantScope.requireCounty())) {
            throw new IllegalStateException("transfer " + t.transferId() + " is for " + t.targetCounty());
        }
        if (ports.received(t.transferId())) {
            return false;
        }
        Instant now = clock.instant();
        Account to = ledger.account(OwnerKind.VOLUNTEER, t.targetVolunteerId(), t.unit());
        long tx = ledger.post(LedgerTransaction.move(TransactionKind.PORT_IN,
                ledger.source(OwnerKind.PORTED, t.unit()), to, t.amount(), "port-in:" + t.transferId(),
                "from " + t.sourceCounty() + " volunteer " + t.volunteerId(), Caller.SYSTEM, false, now));
        if (!ports.receive(t, tx, now)) {
            throw new IllegalStateException("transfer " + t.transferId() + " was received concurrently");
        }
        audit.record("TIMEBANK_PORTED_IN", "timebankTransfer", t.transferId(), "volunteer " + to.ownerId() + ": "
                + t.amount() + " min from " + t.sourceCounty() + " volunteer " + t.volunteerId());
        return true;
    }
}
