package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.meals.domain.LayoutTarget;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteLevel;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSiteSearch;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.SiteCount;

@ApplicationScoped
public class JpaMealSiteRepository implements MealSiteRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<MealSite> find(long id) {
        return Optional.ofNullable(em.find(MealSite.class, id));
    }

    @Override
    public void store(MealSite site) {
        if (site.id() == null) {
            em.persist(site);
        }
    }

    @Override
    public List<MealSite> search(MealSiteSearch s) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        s.townshipCode().ifPresent(v -> add(c, p, "s.townshipCode = :township", "township", v));
        s.providerId().ifPresent(v -> add(c, p, "s.providerId = :provider", "provider", v));
        s.status().ifPresent(v -> add(c, p, "s.status = :status", "status", v));
        s.type().ifPresent(v -> add(c, p, "s.type = :kind", "kind", v));
        TypedQuery<MealSite> q = em.createQuery("select s from MealSite s"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c))
                + " order by s.townshipCode, s.name, s.id", MealSite.class);
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    private static void add(List<String> c, Map<String, Object> p, String condition, String name, Object value) {
        c.add(condition);
        p.put(name, value);
    }

    @Override
    public List<SiteCount> counts(MealSiteStatus status) {
        return em.createQuery("""
                select s.townshipCode, s.level, count(s) from MealSite s where s.status = :status
                group by s.townshipCode, s.level""", Object[].class)
                .setParameter("status", status).getResultStream()
                .map(r -> new SiteCount((String) r[0], (MealSiteLevel) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    public List<LayoutTarget> targets() {
        return em.createQuery("select t from LayoutTarget t order by t.townshipCode, t.level", LayoutTarget.class)
                .getResultList();
    }

    @Override
    public Optional<LayoutTarget> target(String townshipCode, MealSiteLevel level) {
        return em.createQuery("select t from LayoutTarget t where t.townshipCode = :t and t.level = :l",
                        LayoutTarget.class)
                .setParameter("t", townshipCode).setParameter("l", level).getResultStream().findFirst();
    }

    @Override
    public void store(LayoutTarget target) {
        if (target.id() == null) {
            em.persist(target);
            em.flush();
        }
    }
}
