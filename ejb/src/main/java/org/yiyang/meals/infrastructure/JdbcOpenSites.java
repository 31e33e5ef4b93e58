package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.meals.domain.OpenSites;
import org.yiyang.meals.domain.SitePoint;
import org.yiyang.tenancy.TenantScope;

/** The open meal sites of the current county, read in one native query that names the county. */
@ApplicationScoped
public class JdbcOpenSites implements OpenSites {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public List<SitePoint> openSites() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, name, latitude, longitude FROM meals_site
                WHERE county_code = ?1 AND status = 'OPEN' ORDER BY id""")
                .setParameter(1, TenantScope.requireCounty())
                .getResultList();
        return rows.stream().map(r -> new SitePoint(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2],
                (BigDecimal) r[3])).toList();
    }
}
