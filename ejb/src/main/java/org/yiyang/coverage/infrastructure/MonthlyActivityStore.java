package org.yiyang.coverage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Native SQL on {@code coverage_monthly_activity}: each statement names the counties it touches. */
@ApplicationScoped
public class MonthlyActivityStore {

    /** A county's activity in a month. */
    public record Activity(int ordersCompleted, int plansApproved, BigDecimal subsidyApproved, int visitsRecorded) {
        public static final Activity NONE = new Activity(0, 0, new BigDecimal("0.00"), 0);
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Adds to a county's figures of a month (the row is made on first use). */
    public void add(String county, YearMonth month, int orders, int plans, BigDecimal subsidy, int visits) {
        em.createNativeQuery("""
                INSERT INTO coverage_monthly_activity
                    (county_code, month, orders_completed, plans_approved, subsidy_approved, visits_recorded, updated_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE orders_completed = orders_completed + VALUES(orders_completed),
                    plans_approved = plans_approved + VALUES(plans_approved),
                    subsidy_approved = subsidy_approved + VALUES(subsidy_approved),
                    visits_recorded = visits_recorded + VALUES(visits_recorded), updated_at = VALUES(updated_at)""")
                .setParameter(1, county).setParameter(2, month.toString()).setParameter(3, orders)
                .setParameter(4, plans).setParameter(5, subsidy).setParameter(6, visits).executeUpdate();
    }

    /** The figures of these counties in a month, by county code (counties without activity are absent). */
    public Map<String, Activity> of(List<String> counties, YearMonth month) {
        Map<String, Activity> result = new HashMap<>();
        if (counties.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT county_code, orders_completed, plans_approved, subsidy_approved, visits_recorded
                FROM coverage_monthly_activity WHERE county_code IN (?1) AND month = ?2""")
                .setParameter(1, counties).setParameter(2, month.toString()).getResultList();
        for (Object[] r : rows) {
            result.put((String) r[0], new Activity(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    (BigDecimal) r[3], ((Number) r[4]).intValue()));
        }
        return result;
    }
}
