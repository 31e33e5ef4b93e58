package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.meals.domain.SiteServingTotals;
import org.yiyang.shared.domain.Money;

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

    @Override
    public List<Serving> latestOfElder(long elderId, int max) {
        return em.createQuery("""
                select s from Serving s where s.elderId = :elder and s.reversesId is null
                order by s.mealDay desc, s.recordedAt desc, s.id desc""", Serving.class)
                .setParameter("elder", elderId).setMaxResults(max).getResultList();
    }

    @Override
    public List<SiteServingTotals> totalsBySite(LocalDate from, LocalDate to, Optional<String> townshipCode) {
        TypedQuery<Object[]> q = em.createQuery("""
                select s.siteId,
                    sum(case when s.reversesId is null then 1 else -1 end),
                    sum(case when s.subsidised = false then 0 when s.reversesId is null then 1 else -1 end),
                    sum(s.elderPart), sum(s.countyPart), sum(s.cityPart), sum(s.charityPart)
                from Serving s where s.mealDay between :from and :to"""
                + (townshipCode.isPresent() ? " and s.townshipCode = :township" : "")
                + " group by s.siteId", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        townshipCode.ifPresent(t -> q.setParameter("township", t));
        return q.getResultStream().map(r -> new SiteServingTotals(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), money(r[3]), money(r[4]), money(r[5]),
                money(r[6]))).toList();
    }

    private static Money money(Object sum) {
        return sum == null ? Money.ZERO : Money.of((BigDecimal) sum);
    }
}
