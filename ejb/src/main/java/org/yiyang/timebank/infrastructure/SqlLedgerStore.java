package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.Leg;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.Movement;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.PostedTransaction;
import org.yiyang.timebank.domain.StatementLine;
import org.yiyang.timebank.domain.TransactionKind;
import org.yiyang.tenancy.TenantScope;

/**
 * The ledger in {@code timebank_account}, {@code timebank_transaction} and {@code timebank_entry}. A posting reads
 * its accounts with {@code SELECT … FOR UPDATE} in one statement ordered by id (every posting locks in the same
 * order, so two postings never wait for each other crosswise), lets the transaction settle against those balances,
 * writes them and appends the transaction and its entries with the balance after each. Ids come from the sequences
 * after the locks, so an account's entries are in posting order. Every statement names the county.
 */
@ApplicationScoped
public class SqlLedgerStore implements LedgerStore {

    private static final String ACCOUNT = "SELECT id, owner_kind, owner_id, unit, balance FROM timebank_account ";

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Account account(OwnerKind kind, long ownerId, LedgerUnit unit) {
        String county = TenantScope.requireCounty();
        Optional<Account> known = owned(county, kind, ownerId, unit, "");
        if (known.isPresent()) {
            return known.get();
        }
        em.createNativeQuery("INSERT IGNORE INTO timebank_account (id, county_code, owner_kind, owner_id, unit, "
                        + "source, balance, created_at) VALUES (NEXT VALUE FOR timebank_account_seq, ?1, ?2, ?3, ?4, "
                        + "?5, 0, ?6)")
                .setParameter(1, county).setParameter(2, kind.name()).setParameter(3, ownerId)
                .setParameter(4, unit.name()).setParameter(5, kind.source()).setParameter(6, clock.instant())
                .executeUpdate();
        // a locking read sees the row a concurrent first use committed, whatever this transaction's snapshot
        return owned(county, kind, ownerId, unit, " FOR UPDATE").orElseThrow();
    }

    private Optional<Account> owned(String county, OwnerKind kind, long ownerId, LedgerUnit unit, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ACCOUNT + "WHERE county_code = ?1 AND owner_kind = ?2 "
                        + "AND owner_id = ?3 AND unit = ?4" + lock)
                .setParameter(1, county).setParameter(2, kind.name()).setParameter(3, ownerId)
                .setParameter(4, unit.name()).getResultList();
        return rows.stream().findFirst().map(SqlLedgerStore::account);
    }

    @Override
    public Optional<Account> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ACCOUNT + "WHERE county_code = ?1 AND id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(SqlLedgerStore::account);
    }

    @Override
    public List<Account> ofOwner(OwnerKind kind, long ownerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ACCOUNT + "WHERE county_code = ?1 AND owner_kind = ?2 "
                        + "AND owner_id = ?3 ORDER BY unit")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, kind.name()).setParameter(3, ownerId)
                .getResultList();
        return rows.stream().map(SqlLedgerStore::account).toList();
    }

    @Override
    public long post(LedgerTransaction t) {
        String county = TenantScope.requireCounty();
        List<Long> ids = new ArrayList<>(t.legs().stream().map(l -> l.account().id()).toList());
        Collections.sort(ids);
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("SELECT id, balance FROM timebank_account "
                        + "WHERE county_code = :county AND id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("county", county).setParameter("ids", ids).getResultList();
        if (locked.size() != ids.size()) {
            throw new IllegalStateException("accounts " + ids + " are not all of county " + county);
        }
        Map<Long, Long> before = new HashMap<>();
        locked.forEach(r -> before.put(SqlRows.whole(r[0]), SqlRows.whole(r[1])));
        Map<Long, Long> after = t.settle(before);
        for (Long id : ids) {
            em.createNativeQuery("UPDATE timebank_account SET balance = ?3 WHERE county_code = ?1 AND id = ?2")
                    .setParameter(1, county).setParameter(2, id).setParameter(3, after.get(id)).executeUpdate();
        }
        long id = SqlRows.whole(em.createNativeQuery("SELECT NEXT VALUE FOR timebank_transaction_seq")
                .getSingleResult());
        em.createNativeQuery("INSERT INTO timebank_transaction (id, county_code, kind, unit, reference, reverses_id, "
                        + "reason, by_proxy, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, county).setParameter(3, t.kind().name())
                .setParameter(4, t.unit().name()).setParameter(5, t.reference().orElse(null))
                .setParameter(6, t.reversesId().orElse(null)).setParameter(7, t.reason().orElse(null))
                .setParameter(8, t.byProxy()).setParameter(9, t.by()).setParameter(10, t.at()).executeUpdate();
        for (Leg l : t.legs()) {
            em.createNativeQuery("INSERT INTO timebank_entry (id, county_code, transaction_id, account_id, unit, "
                            + "amount, balance_after, created_at) VALUES (NEXT VALUE FOR timebank_entry_seq, ?1, ?2, "
                            + "?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, county).setParameter(2, id).setParameter(3, l.account().id())
                    .setParameter(4, t.unit().name()).setParameter(5, l.amount())
                    .setParameter(6, after.get(l.account().id())).setParameter(7, t.at()).executeUpdate();
        }
        return id;
    }

    @Override
    public Optional<PostedTransaction> transaction(long id) {
        return posted("id = ?2", id);
    }

    @Override
    public Optional<PostedTransaction> byReference(String reference) {
        return posted("reference = ?2", reference);
    }

    private Optional<PostedTransaction> posted(String where, Object key) {
        String county = TenantScope.requireCounty();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, unit, reference, reverses_id, reason, by_proxy, "
                        + "created_by, created_at FROM timebank_transaction WHERE county_code = ?1 AND " + where)
                .setParameter(1, county).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        long id = SqlRows.whole(r[0]);
        @SuppressWarnings("unchecked")
        List<Object[]> legs = em.createNativeQuery("SELECT a.id, a.owner_kind, a.owner_id, a.unit, a.balance, "
                        + "e.amount FROM timebank_entry e JOIN timebank_account a ON a.county_code = e.county_code "
                        + "AND a.id = e.account_id WHERE e.county_code = ?1 AND e.transaction_id = ?2 ORDER BY e.id")
                .setParameter(1, county).setParameter(2, id).getResultList();
        return Optional.of(new PostedTransaction(id, TransactionKind.valueOf((String) r[1]),
                LedgerUnit.valueOf((String) r[2]), (String) r[3], SqlRows.wholeOrNull(r[4]), (String) r[5],
                SqlRows.flag(r[6]), (String) r[7], SqlRows.instant(r[8]),
                legs.stream().map(l -> new Leg(account(l), SqlRows.whole(l[5]))).toList()));
    }

    @Override
    public Optional<Long> reversalOf(long transactionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM timebank_transaction WHERE county_code = ?1 "
                        + "AND reverses_id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, transactionId).getResultList();
        return rows.stream().findFirst().map(SqlRows::whole);
    }

    @Override
    public List<StatementLine> statement(long accountId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.transaction_id, t.kind, e.amount, e.balance_after, "
                        + "t.reference, t.reverses_id, t.reason, t.by_proxy, t.created_by, e.created_at "
                        + "FROM timebank_entry e JOIN timebank_transaction t ON t.county_code = e.county_code "
                        + "AND t.id = e.transaction_id WHERE e.county_code = ?1 AND e.account_id = ?2 "
                        + "ORDER BY e.id DESC LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, accountId).getResultList();
        List<StatementLine> lines = new ArrayList<>(rows.stream().map(r -> new StatementLine(SqlRows.whole(r[0]),
                SqlRows.whole(r[1]), TransactionKind.valueOf((String) r[2]), SqlRows.whole(r[3]), SqlRows.whole(r[4]),
                (String) r[5], SqlRows.wholeOrNull(r[6]), (String) r[7], SqlRows.flag(r[8]), (String) r[9],
                SqlRows.instant(r[10]))).toList());
        Collections.reverse(lines);
        return lines;
    }

    @Override
    public List<Movement> movements(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT amount, created_at FROM timebank_entry "
                        + "WHERE county_code = ?1 AND account_id = ?2 ORDER BY id")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, accountId).getResultList();
        return rows.stream().map(r -> new Movement(SqlRows.whole(r[0]), SqlRows.instant(r[1]))).toList();
    }

    @Override
    public List<Account> bankedHours() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ACCOUNT + "WHERE county_code = ?1 AND owner_kind = 'VOLUNTEER' "
                        + "AND unit = 'HOURS' AND balance > 0 ORDER BY id")
                .setParameter(1, TenantScope.requireCounty()).getResultList();
        return rows.stream().map(SqlLedgerStore::account).toList();
    }

    private static Account account(Object[] r) {
        return new Account(SqlRows.whole(r[0]), OwnerKind.valueOf((String) r[1]), SqlRows.whole(r[2]),
                LedgerUnit.valueOf((String) r[3]), SqlRows.whole(r[4]));
    }
}
