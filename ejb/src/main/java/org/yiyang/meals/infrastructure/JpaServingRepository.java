package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;

@ApplicationScoped
public class JpaServingRepository implements ServingRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Serving> find(long id) {
        return Optional.ofNullable(em.find(Serving.class, id));
    }

    @Override
    public void store(Serving serving) {
        em.persist(serving);
        em.flush();
    }

    @Override
    public Optional<Serving> reversalOf(long servingId) {
        return em.createQuery("select s from Serving s where s.reversesId = :id", Serving.class)
                .setParameter("id", servingId).getResultStream().findFirst();
    }

    @Override
    public Set<Long> reversed(List<Long> servingIds) {
        Set<Long> found = new HashSet<>();
        for (int i = 0; i < servingIds.size(); i += 1000) {
            found.addAll(em.createQuery("select s.reversesId from Serving s where s.reversesId in :ids", Long.class)
                    .setParameter("ids", servingIds.subList(i, Math.min(servingIds.size(), i + 1000)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<Serving> ofSite(long siteId, LocalDate mealDay) {
        return em.createQuery("""
                select s from Serving s where s.siteId = :site and s.mealDay = :day
                order by s.recordedAt, s.id""", Serving.class)
                .setParameter("site", siteId).setParameter("day", mealDay).getResultList();
    }
}
