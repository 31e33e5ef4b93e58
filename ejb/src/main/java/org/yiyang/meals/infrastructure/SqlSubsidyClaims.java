package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yiyang.meals.domain.SubsidyClaim;
import org.yiyang.meals.domain.SubsidyClaims;

/**
 * The claims in {@code meals_subsidy_claim}, whose primary key is (county, elder, day, period). A claim is one
 * {@code INSERT IGNORE} in the caller's transaction: a concurrent insert of the same key waits for the other
 * transaction and then finds the row (nothing inserted), so exactly one of them claims. The table has no foreign key
 * that the insert could silently ignore besides the county's, which the caller's county always satisfies. Every
 * statement names the county.
 */
@ApplicationScoped
public class SqlSubsidyClaims implements SubsidyClaims {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public boolean claim(String county, SubsidyClaim claim, long servingId) {
        return em.createNativeQuery("""
                INSERT IGNORE INTO meals_subsidy_claim (county_code, elder_id, meal_day, meal_period, serving_id)
                VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, county).setParameter(2, claim.elderId()).setParameter(3, claim.mealDay())
                .setParameter(4, claim.period().name()).setParameter(5, servingId)
                .executeUpdate() == 1;
    }

    @Override
    public void release(String county, SubsidyClaim claim, long servingId) {
        int rows = em.createNativeQuery("""
                DELETE FROM meals_subsidy_claim
                WHERE county_code = ?1 AND elder_id = ?2 AND meal_day = ?3 AND meal_period = ?4
                    AND serving_id = ?5""")
                .setParameter(1, county).setParameter(2, claim.elderId()).setParameter(3, claim.mealDay())
                .setParameter(4, claim.period().name()).setParameter(5, servingId)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("subsidy claims out of step with the ledger: serving " + servingId);
        }
    }
}
