package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PortTransfer;
import org.yiyang.timebank.domain.PortabilityStore;
import org.yiyang.timebank.domain.TransactionKind;

/**
 * The first step of moving a volunteer's banked hours to another county of the same city, in the source county:
 * in one transaction the whole balance is debited into the county's PORTED account (PORT_OUT) and the transfer is
 * written to the outbox under a new transfer id. {@link PortArrivals} credits it in the target county.
 */
@Stateless
public class PortDepartures {

    @Inject
    LedgerStore ledger;

    @Inject
    PortabilityStore ports;

    @Inject
    CountyRegistry counties;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public PortView leave(PortView.Move in) {
        Caller caller = LedgerActions.requirePorter();
        String source = TenantScope.requireCounty();
        if (in.volunteerId() == null || in.volunteerId() <= 0) {
            throw DomainException.invalid("volunteerId", "timebank.owner.required");
        }
        if (in.targetVolunteerId() == null || in.targetVolunteerId() <= 0) {
            throw DomainException.invalid("targetVolunteerId", "timebank.owner.required");
        }
        String sourceCity = counties.find(source).map(County::cityCode).orElseThrow();
        County target = counties.find(in.targetCounty() == null ? "" : in.targetCounty().strip())
                .filter(c -> !c.code().equals(source) && c.cityCode().equals(sourceCity))
                .orElseThrow(() -> DomainException.invalid("targetCounty", "timebank.portability.target"));
        Account from = ledger.account(OwnerKind.VOLUNTEER, in.volunteerId(), LedgerUnit.HOURS);
        if (from.balance() <= 0) {
            throw DomainException.conflict("timebank.portability.nothing");
        }
        String transferId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        long tx = ledger.post(LedgerTransaction.move(TransactionKind.PORT_OUT, from,
                ledger.source(OwnerKind.PORTED, LedgerUnit.HOURS), from.balance(), "port-out:" + transferId,
                "to " + target.code() + " volunteer " + in.targetVolunteerId(), caller.username(), false, now));
        PortTransfer t = new PortTransfer(transferId, source, from.ownerId(), LedgerUnit.HOURS, from.balance(), tx,
                target.code(), in.targetVolunteerId(), false, caller.username(), now);
        ports.send(t);
        audit.record("TIMEBANK_PORTED_OUT", "timebankTransfer", transferId, "volunteer " + from.ownerId() + ": "
                + from.balance() + " min to " + target.code() + " volunteer " + in.targetVolunteerId());
        return view(t);
    }

    public PortView transfer(String transferId) {
        LedgerActions.requirePorter();
        return ports.sent(transferId).map(PortDepartures::view)
                .orElseThrow(() -> DomainException.notFound("timebank.portability.notFound", transferId));
    }

    static PortView view(PortTransfer t) {
        return new PortView(t.transferId(), t.volunteerId(), t.unit().name(), t.amount(), t.transactionId(),
                t.targetCounty(), t.targetVolunteerId(), t.delivered() ? "DELIVERED" : "PENDING", t.createdBy(),
                t.createdAt());
    }
}
