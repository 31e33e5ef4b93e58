package org.yiyang.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An eligible elder's monthly service allowance, kept in SQL so that a reservation is one conditional
 * update: it succeeds only while enough is left (granted - reserved - consumed), which holds however many
 * requests run at once; a CHECK constraint guards the same rule in the table. Every statement names the
 * county.
 */
@ApplicationScoped
public class AllowanceLedger {

    /** One elder's month. */
    public record Account(BigDecimal granted, BigDecimal reserved, BigDecimal consumed, int policyVersion) {
        public BigDecimal available() {
            return granted.subtract(reserved).subtract(consumed);
        }
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /**
     * Opens the month with what the policy grants (first request of the month wins; later calls do nothing),
     * in a transaction of its own: concurrent first orders would otherwise each hold a shared lock on the
     * new row from the insert and deadlock on the reservation's update.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(String county, long elderId, String month, BigDecimal granted, int policyVersion) {
        em.createNativeQuery("""
                INSERT IGNORE INTO orders_allowance
                    (county_code, elder_id, month, granted, reserved, consumed, policy_version, updated_at)
                VALUES (?1, ?2, ?3, ?4, 0, 0, ?5, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, month).setParameter(4, granted)
                .setParameter(5, policyVersion).executeUpdate();
    }

    /** Reserves an amount if that much is left; false (and nothing changed) otherwise. */
    public boolean reserve(String county, long elderId, String month, BigDecimal amount) {
        return em.createNativeQuery("""
                UPDATE orders_allowance SET reserved = reserved + ?4, updated_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?1 AND elder_id = ?2 AND month = ?3 AND granted - reserved - consumed >= ?4""")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, month).setParameter(4, amount)
                .executeUpdate() == 1;
    }

    /** A reserved amount is spent (the service was delivered). */
    public void consume(String county, long elderId, String month, BigDecimal amount) {
        requireOne(em.createNativeQuery("""
                UPDATE orders_allowance SET reserved = reserved - ?4, consumed = consumed + ?4,
                    updated_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?1 AND elder_id = ?2 AND month = ?3 AND reserved >= ?4""")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, month).setParameter(4, amount)
                .executeUpdate());
    }

    /** A reserved amount is given back (the order was cancelled or rejected). */
    public void release(String county, long elderId, String month, BigDecimal amount) {
        requireOne(em.createNativeQuery("""
                UPDATE orders_allowance SET reserved = reserved - ?4, updated_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?1 AND elder_id = ?2 AND month = ?3 AND reserved >= ?4""")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, month).setParameter(4, amount)
                .executeUpdate());
    }

    public Optional<Account> account(String county, long elderId, String month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT granted, reserved, consumed, policy_version FROM orders_allowance
                WHERE county_code = ?1 AND elder_id = ?2 AND month = ?3""")
                .setParameter(1, county).setParameter(2, elderId).setParameter(3, month).getResultList();
        return rows.stream().findFirst().map(r -> new Account((BigDecimal) r[0], (BigDecimal) r[1],
                (BigDecimal) r[2], ((Number) r[3]).intValue()));
    }

    private static void requireOne(int rows) {
        if (rows != 1) {
            throw new IllegalStateException("allowance ledger out of step with the order");
        }
    }
}
