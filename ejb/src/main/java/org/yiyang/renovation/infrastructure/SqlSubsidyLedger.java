package org.yiyang.renovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.renovation.domain.SubsidyLedger;
import org.yiyang.shared.domain.Money;

/**
 * The subsidy ledger in {@code renovation_household_subsidy}, one account per household that has applied. An
 * approval first locks the household's account ({@code SELECT … FOR UPDATE}), so approvals of one household run one after the other; it then adds its subsidy
 * with an update that only applies while the sum stays within the cap, and the table's CHECK refuses any sum above
 * it.
 */
@ApplicationScoped
public class SqlSubsidyLedger implements SubsidyLedger {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public void open(String county, long householdId, BigDecimal cap) {
        em.createNativeQuery("""
                        INSERT IGNORE INTO renovation_household_subsidy (county_code, household_id, approved, cap, plans, updated_at)
                        VALUES (?1, ?2, 0.00, ?3, 0, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, householdId).setParameter(3, cap).executeUpdate();
    }

    @Override
    public void lockHousehold(String county, long householdId, BigDecimal cap) {
        if (lock(county, householdId)) {
            return;
        }
        // a household whose first plan predates accounts (they are opened on application and by migration V14)
        open(county, householdId, cap);
        lock(county, householdId);
    }

    private boolean lock(String county, long householdId) {
        return !em.createNativeQuery("SELECT household_id FROM renovation_household_subsidy "
                        + "WHERE county_code = ?1 AND household_id = ?2 FOR UPDATE")
                .setParameter(1, county).setParameter(2, householdId).getResultList().isEmpty();
    }

    @Override
    public Held held(String county, long householdId) {
        return read(county, householdId, "");
    }

    /** Under REPEATABLE READ only a locking read sees the latest committed figure. */
    @Override
    public Held heldForUpdate(String county, long householdId) {
        return read(county, householdId, " FOR UPDATE");
    }

    private Held read(String county, long householdId, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT approved, plans FROM renovation_household_subsidy "
                        + "WHERE county_code = ?1 AND household_id = ?2" + lock)
                .setParameter(1, county).setParameter(2, householdId).getResultList();
        if (rows.isEmpty()) {
            return new Held(Money.ZERO.amount(), 0);
        }
        return new Held((BigDecimal) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue());
    }

    @Override
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
