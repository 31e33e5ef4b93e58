package org.yiyang.renovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * What each household's approved renovation plans hold of its subsidy cap. An approval first locks the
 * household's row ({@code SELECT … FOR UPDATE}), so approvals of one household run one after the other; it
 * then adds its subsidy with an update that only applies while the sum stays within the cap, and the table's
 * CHECK refuses any sum above it. Everything here runs in the caller's transaction.
 */
@ApplicationScoped
public class SubsidyLedger {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    /** What the household's approved plans hold. */
    public record Held(BigDecimal approved, int plans) {
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Locks the household until the end of the transaction; false if it is not the county's. */
    public boolean lockHousehold(String county, long householdId) {
        return !em.createNativeQuery("SELECT id FROM elders_household WHERE county_code = ?1 AND id = ?2 FOR UPDATE")
                .setParameter(1, county).setParameter(2, householdId).getResultList().isEmpty();
    }

    /** What the household's approved plans hold, as last committed. */
    public Held held(String county, long householdId) {
        return read(county, householdId, "");
    }

    /**
     * The same as a locking read: the latest committed figure, not the transaction's snapshot (under
     * REPEATABLE READ a plain read could return what the household held before a concurrent approval).
     */
    public Held heldForUpdate(String county, long householdId) {
        return read(county, householdId, " FOR UPDATE");
    }

    private Held read(String county, long householdId, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT approved, plans FROM renovation_household_subsidy "
                        + "WHERE county_code = ?1 AND household_id = ?2" + lock)
                .setParameter(1, county).setParameter(2, householdId).getResultList();
        if (rows.isEmpty()) {
            return new Held(ZERO, 0);
        }
        return new Held((BigDecimal) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue());
    }

    /**
     * Adds an approved subsidy under the cap in force; false (and nothing changed) if it would exceed it.
     * The caller holds the household's lock.
     */
    public boolean add(String county, long householdId, BigDecimal subsidy, BigDecimal cap) {
        em.createNativeQuery("""
                        INSERT IGNORE INTO renovation_household_subsidy (county_code, household_id, approved, cap, plans, updated_at)
                        VALUES (?1, ?2, 0.00, ?3, 0, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, householdId).setParameter(3, cap).executeUpdate();
        return em.createNativeQuery("""
                        UPDATE renovation_household_subsidy
                        SET approved = approved + ?3, cap = ?4, plans = plans + 1, updated_at = UTC_TIMESTAMP(6)
                        WHERE county_code = ?1 AND household_id = ?2 AND approved + ?3 <= ?4""")
                .setParameter(1, county).setParameter(2, householdId).setParameter(3, subsidy).setParameter(4, cap)
                .executeUpdate() == 1;
    }
}
