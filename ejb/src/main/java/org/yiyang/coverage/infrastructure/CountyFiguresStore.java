package org.yiyang.coverage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Native SQL on {@code coverage_county_figures}: each statement is restricted to the counties it names. */
@ApplicationScoped
public class CountyFiguresStore {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    public void addElders(String county, int delta) {
        int rows = em.createNativeQuery("""
                UPDATE coverage_county_figures SET elders = elders + ?1, updated_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?2""")
                .setParameter(1, delta).setParameter(2, county).executeUpdate();
        if (rows == 0) {
            em.createNativeQuery("""
                    INSERT INTO coverage_county_figures (county_code, elders, updated_at)
                    VALUES (?1, ?2, UTC_TIMESTAMP(6))""")
                    .setParameter(1, county).setParameter(2, Math.max(0, delta)).executeUpdate();
        }
    }

    public Map<String, Long> elders(List<String> countyCodes) {
        Map<String, Long> result = new HashMap<>();
        if (countyCodes.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT county_code, elders FROM coverage_county_figures WHERE county_code IN (?1)")
                .setParameter(1, countyCodes).getResultList();
        for (Object[] r : rows) {
            result.put((String) r[0], ((Number) r[1]).longValue());
        }
        return result;
    }
}
