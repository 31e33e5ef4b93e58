package org.yiyang.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/** Counties from MariaDB through the second-level cache (entity lookups and cached queries). */
@ApplicationScoped
public class JpaCountyRegistry implements CountyRegistry {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<County> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(County.class, code));
    }

    @Override
    public List<County> countiesOfCity(String cityCode) {
        return em.createQuery("select c from County c where c.cityCode = :city order by c.code", County.class)
                .setParameter("city", cityCode)
                .setHint("org.hibernate.cacheable", true)
                .getResultList();
    }

    @Override
    public List<County> all() {
        return em.createQuery("select c from County c order by c.code", County.class)
                .setHint("org.hibernate.cacheable", true)
                .getResultList();
    }
}
