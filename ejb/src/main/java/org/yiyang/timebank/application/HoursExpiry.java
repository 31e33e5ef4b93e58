package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.Caller;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.Expiry;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.TransactionKind;

/**
 * Banked hours expire when the county's policy says so ({@code timebank.hoursExpireAfterMonths}, 0 = never): the
 * hours credited before the cutoff and not spent since, first in first out, go to the county's EXPIRED account.
 * The job runs it daily with its clock; a rerun at the same moment finds nothing more.
 */
@Stateless
public class HoursExpiry {

    @Inject
    LedgerStore ledger;

    @Inject
    LedgerPolicies policies;

    /** Expires what is due in the current county as of the moment; the number of accounts with hours expired. */
    public int expire(Instant now) {
        int months = policies.hoursExpireAfterMonths();
        if (months <= 0) {
            return 0;
        }
        Instant cutoff = ZonedDateTime.ofInstant(now, ChinaTime.ZONE).minusMonths(months).toInstant();
        int expired = 0;
        for (Account a : ledger.bankedHours()) {
            long due = Expiry.due(ledger.movements(a.id()), cutoff, a.balance());
            if (due > 0) {
                ledger.post(LedgerTransaction.move(TransactionKind.EXPIRY, a,
                        ledger.source(OwnerKind.EXPIRED, LedgerUnit.HOURS), due, null,
                        "earned before " + cutoff, Caller.SYSTEM, false, now));
                expired++;
            }
        }
        return expired;
    }
}
