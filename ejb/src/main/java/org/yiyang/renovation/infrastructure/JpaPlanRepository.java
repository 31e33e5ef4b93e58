package org.yiyang.renovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.MonthFigures;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanEvent;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.renovation.domain.PlanSearch;
import org.yiyang.renovation.domain.PriceChange;
import org.yiyang.shared.domain.Money;

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
    public void refreshForUpdate(Plan plan) {
        em.refresh(plan, LockModeType.PESSIMISTIC_WRITE);
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

    /** Each plan counts in the month (Beijing time) it was applied for, completed, approved and settled. */
    @Override
    public List<MonthFigures> figures(String county, YearMonth from, YearMonth to, Optional<String> township) {
        String local = "DATE_FORMAT(CONVERT_TZ(%s, '+00:00', '+08:00'), '%%Y-%%m')";
        String sql = "SELECT township_code, m, SUM(a), SUM(c), SUM(ap), SUM(sp) FROM ("
                + "SELECT township_code, " + local.formatted("created_at") + " m, 1 a, 0 c, 0 ap, 0 sp "
                + "FROM renovation_plan WHERE county_code = ?1 "
                + "UNION ALL SELECT township_code, " + local.formatted("completed_at") + ", 0, 1, 0, 0 "
                + "FROM renovation_plan WHERE county_code = ?1 AND completed_at IS NOT NULL "
                + "UNION ALL SELECT township_code, " + local.formatted("decided_at") + ", 0, 0, subsidy, 0 "
                + "FROM renovation_plan WHERE county_code = ?1 AND subsidy IS NOT NULL "
                + "UNION ALL SELECT township_code, " + local.formatted("settled_at") + ", 0, 0, 0, subsidy "
                + "FROM renovation_plan WHERE county_code = ?1 AND settled_at IS NOT NULL"
                + ") x WHERE m BETWEEN ?2 AND ?3" + (township.isPresent() ? " AND township_code = ?4" : "")
                + " GROUP BY township_code, m ORDER BY m, township_code";
        Query q = em.createNativeQuery(sql).setParameter(1, county)
                .setParameter(2, from.toString()).setParameter(3, to.toString());
        township.ifPresent(t -> q.setParameter(4, t));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new MonthFigures((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), money(r[4]), money(r[5]))).toList();
    }

    private static Money money(Object o) {
        return Money.of(o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o)));
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
