package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.Leg;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PostedTransaction;
import org.yiyang.timebank.domain.TransactionKind;
import org.yiyang.tenancy.TenantScope;

/**
 * Verified hours become banked hours: in the verifying transaction, an EARN credits the volunteer's hours account
 * from the county's ISSUED account, under the reference of the hours entry (so a repeated event posts once); a
 * reversal of the hours entry reverses that earn, once, and is refused when the hours were spent already.
 */
@Stateless
public class Earnings {

    @Inject
    LedgerStore ledger;

    /** The reference an hours entry's earn is posted under. */
    static String reference(long entryId) {
        return "hours:" + entryId;
    }

    public void earn(@Observes HoursVerified v) {
        requireCounty(v.county());
        if (v.minutes() <= 0 || ledger.byReference(reference(v.entryId())).isPresent()) {
            return;
        }
        Account volunteer = ledger.account(OwnerKind.VOLUNTEER, v.volunteerId(), LedgerUnit.HOURS);
        Account issued = ledger.source(OwnerKind.ISSUED, LedgerUnit.HOURS);
        ledger.post(LedgerTransaction.of(TransactionKind.EARN, LedgerUnit.HOURS,
                List.of(new Leg(issued, -v.minutes()), new Leg(volunteer, v.minutes())), reference(v.entryId()),
                "activity " + v.activityId(), v.verifiedBy(), v.byProxy(), v.verifiedAt()));
    }

    public void reverse(@Observes HoursReversed r) {
        requireCounty(r.county());
        PostedTransaction earn = ledger.byReference(reference(r.entryId())).orElse(null);
        if (earn == null || ledger.reversalOf(earn.id()).isPresent()) {
            return;
        }
        ledger.post(LedgerTransaction.reversalOf(earn, r.reason(), r.reversedBy(), r.reversedAt()));
    }

    private static void requireCounty(String county) {
        if (!county.equals(TenantScope.requireCounty())) {
            throw new IllegalStateException("an event of " + county + " in " + TenantScope.requireCounty());
        }
    }
}
