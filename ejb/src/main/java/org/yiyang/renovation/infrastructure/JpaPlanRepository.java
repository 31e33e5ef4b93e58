package org.yiyang.renovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanEvent;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanSearch;
import org.yiyang.renovation.domain.PriceChange;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Plan> find(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    @Override
    public void store(Plan plan) {
        if (plan.id() == null) {
            em.persist(plan);
        }
    }

    @Override
    public void record(PlanEvent event) {
        em.persist(event);
    }

    @Override
    public List<PlanEvent> events(long planId) {
        return em.createQuery("select e from PlanEvent e where e.plan.id = :p order by e.occurredAt, e.id",
                PlanEvent.class).setParameter("p", planId).getResultList();
    }

    @Override
    public List<Plan> search(PlanSearch s, int first, int max) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<Plan> q = em.createQuery("select p from Plan p" + where(s, p) + " order by p.createdAt desc, p.id desc",
                Plan.class).setFirstResult(first).setMaxResults(max);
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    @Override
    public long count(PlanSearch s) {
        Map<String, Object> p = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(p) from Plan p" + where(s, p), Long.class);
        p.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(PlanSearch s, Map<String, Object> p) {
        List<String> c = new ArrayList<>();
        if (!s.statuses().isEmpty()) {
            c.add("p.status in :statuses");
            p.put("statuses", s.statuses());
        }
        s.townshipCode().ifPresent(v -> {
            c.add("p.townshipCode = :township");
            p.put("township", v);
        });
        s.contractorId().ifPresent(v -> {
            c.add("p.contractorId = :contractor");
            p.put("contractor", v);
        });
        s.householdId().ifPresent(v -> {
            c.add("p.householdId = :household");
            p.put("household", v);
        });
        s.elderId().ifPresent(v -> {
            c.add("p.elderId = :elder");
            p.put("elder", v);
        });
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    @Override
    public List<CatalogItem> catalog() {
        return em.createQuery("select i from CatalogItem i order by i.sortOrder, i.code", CatalogItem.class)
                .getResultList();
    }

    @Override
    public Optional<CatalogItem> catalogItem(String code) {
        return em.createQuery("select i from CatalogItem i where i.code = :c", CatalogItem.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public void store(CatalogItem item) {
        if (item.id() == null) {
            em.persist(item);
        }
    }

    @Override
    public void record(PriceChange change) {
        em.persist(change);
    }

    @Override
    public List<PriceChange> priceChanges(String code) {
        return em.createQuery("select c from PriceChange c where c.itemCode = :c order by c.inForce.version desc",
                PriceChange.class).setParameter("c", code).getResultList();
    }
}
