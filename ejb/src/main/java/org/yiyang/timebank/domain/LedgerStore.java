package org.yiyang.timebank.domain;

import java.util.List;
import java.util.Optional;

/** The current county's ledger: accounts, and transactions posted atomically under account locks. */
public interface LedgerStore {

    /** The owner's account of the unit, opened with a zero balance on first use (source accounts: owner id 0). */
    Account account(OwnerKind kind, long ownerId, LedgerUnit unit);

    /** The county's source account of the unit. */
    default Account source(OwnerKind kind, LedgerUnit unit) {
        if (!kind.source()) {
            throw new IllegalArgumentException(kind + " is no source account");
        }
        return account(kind, 0, unit);
    }

    Optional<Account> find(long id);

    /** The owner's accounts, if any, by unit. */
    List<Account> ofOwner(OwnerKind kind, long ownerId);

    /**
     * Posts the transaction: locks its accounts in the order of their ids, settles it against the locked balances,
     * writes the balances, the transaction and its entries.
     *
     * @return the posted transaction's id
     */
    long post(LedgerTransaction transaction);

    Optional<PostedTransaction> transaction(long id);

    /** The transaction posted for a reference, if any. */
    Optional<PostedTransaction> byReference(String reference);

    /** The reversal of a transaction, if it was reversed. */
    Optional<Long> reversalOf(long transactionId);

    /** The account's entries, oldest first, with the running balance. */
    List<StatementLine> statement(long accountId, int max);

    /** The account's signed amounts and when they were posted, oldest first. */
    List<Movement> movements(long accountId);

    /** The volunteers' hours accounts with hours left, for expiry. */
    List<Account> bankedHours();
}
