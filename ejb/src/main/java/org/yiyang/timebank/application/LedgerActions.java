package org.yiyang.timebank.application;

import java.util.EnumSet;
import java.util.Set;
import org.yiyang.shared.application.Access;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.AccountAction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/**
 * Who may do what with the time bank's ledger, in one place. The bureau, township offices and grid workers read
 * accounts and statements and act at the holder's request: redeem banked hours, transfer, donate to the county
 * pool, redeem points in the shop and hand goods over (the shop keeper); the bureau and township offices award
 * points for public-benefit work; the bureau keeps the shop's goods and moves a volunteer's balance to another
 * county; only the county administrator adjusts a balance or reverses a transaction, with a reason. Source
 * accounts are the ledger's own and take no step. The use cases refuse everything else, each with its message;
 * account views carry what {@link #allowed} answers.
 */
final class LedgerActions {

    /** Who reads accounts and acts at the holder's request. */
    static final Role[] TELLERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_ASSISTANT};
    /** Who awards points for public-benefit work. */
    static final Role[] AWARDERS = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF};
    /** Who keeps the shops' goods and stock, and moves balances between counties. */
    static final Role[] BUREAU = {Role.COUNTY_ADMIN, Role.COUNTY_STAFF};

    private LedgerActions() {
    }

    /** The steps the caller may take with the account now. */
    static Set<AccountAction> allowed(Caller caller, Account a) {
        Set<AccountAction> allowed = EnumSet.noneOf(AccountAction.class);
        if (a.source() || caller.county().isEmpty()) {
            return allowed;
        }
        boolean holder = a.ownerKind() != OwnerKind.POOL;
        if (caller.hasAny(TELLERS) && holder && a.balance() > 0) {
            if (a.unit() == LedgerUnit.HOURS && a.ownerKind() != OwnerKind.RESIDENT) {
                allowed.add(AccountAction.REDEEM);
            }
            allowed.add(AccountAction.TRANSFER);
            allowed.add(AccountAction.DONATE);
        }
        if (caller.has(Role.COUNTY_ADMIN)) {
            allowed.add(AccountAction.ADJUST);
        }
        if (caller.hasAny(AWARDERS) && a.unit() == LedgerUnit.POINTS
                && (a.ownerKind() == OwnerKind.VOLUNTEER || a.ownerKind() == OwnerKind.RESIDENT)) {
            allowed.add(AccountAction.AWARD);
        }
        if (caller.hasAny(BUREAU) && a.ownerKind() == OwnerKind.VOLUNTEER && a.unit() == LedgerUnit.HOURS
                && a.balance() > 0) {
            allowed.add(AccountAction.MOVE);
        }
        return allowed;
    }

    static Caller requireTeller() {
        return Access.requireCountyRole("timebank.tellerOnly", TELLERS);
    }

    static Caller requireAwarder() {
        return Access.requireCountyRole("timebank.award.staffOnly", AWARDERS);
    }

    /** The county administrator, who adjusts balances and reverses transactions. */
    static Caller requireAdjuster() {
        return Access.requireCountyRole("timebank.adjustment.adminOnly", Role.COUNTY_ADMIN);
    }

    static Caller requireGoodsKeeper() {
        return Access.requireCountyRole("timebank.shop.bureauOnly", BUREAU);
    }

    static Caller requirePorter() {
        return Access.requireCountyRole("timebank.portability.bureauOnly", BUREAU);
    }
}
