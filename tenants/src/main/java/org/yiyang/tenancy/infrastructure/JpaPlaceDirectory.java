package org.yiyang.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Township;
import org.yiyang.tenancy.domain.Village;

/** Places of the current county; Hibernate's tenant filter restricts every read to that county. */
@ApplicationScoped
public class JpaPlaceDirectory implements PlaceDirectory {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public List<Township> townships() {
        return em.createQuery("select t from Township t order by t.code", Township.class).getResultList();
    }

    @Override
    public Optional<Township> township(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Township.class, code));
    }

    @Override
    public List<Village> villages() {
        return em.createQuery("select v from Village v order by v.code", Village.class).getResultList();
    }

    @Override
    public List<Village> villagesOf(String townshipCode) {
        return em.createQuery("select v from Village v where v.townshipCode = :t order by v.code", Village.class)
                .setParameter("t", townshipCode)
                .getResultList();
    }

    @Override
    public Optional<Village> village(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Village.class, code));
    }
}
