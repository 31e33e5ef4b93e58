package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.yiyang.meals.domain.SubsidyTable;
import org.yiyang.meals.domain.SubsidyTableRepository;

@ApplicationScoped
public class JpaSubsidyTableRepository implements SubsidyTableRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public List<SubsidyTable> versions() {
        return em.createQuery("select t from SubsidyTable t order by t.inForce.version", SubsidyTable.class)
                .getResultList();
    }

    @Override
    public void store(SubsidyTable table) {
        em.persist(table);
        em.flush();
    }
}
