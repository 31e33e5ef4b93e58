package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yiyang.meals.domain.MealSettlement;
import org.yiyang.meals.domain.MealSettlementRepository;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.SettledMonths;
import org.yiyang.tenancy.TenantScope;

/**
 * Settlements in {@code meals_settlement}, and the site's lock in {@code meals_site}: a locking read of the site's
 * row, shared or exclusive, with the county named. A recording transaction reads the settled months with a locking
 * read too, which sees what is committed now however early it read its first row; the settlement reads everything
 * after its exclusive lock, without further locks, so that two settlements never wait for each other.
 */
@ApplicationScoped
public class JpaMealSettlementRepository implements MealSettlementRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public SettledMonths settledMonths(long siteId) {
        lockSite(siteId, "LOCK IN SHARE MODE");
        @SuppressWarnings("unchecked")
        List<String> months = em.createNativeQuery("""
                SELECT month FROM meals_settlement WHERE county_code = ?1 AND site_id = ?2 LOCK IN SHARE MODE""")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, siteId).getResultList();
        return new SettledMonths(months.stream().map(YearMonth::parse).collect(Collectors.toSet()));
    }

    @Override
    public void lockForSettlement(long siteId) {
        lockSite(siteId, "FOR UPDATE");
    }

    private void lockSite(long siteId, String mode) {
        em.createNativeQuery("SELECT id FROM meals_site WHERE county_code = ?1 AND id = ?2 " + mode)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, siteId).getResultList();
    }

    @Override
    public Optional<MealSettlement> find(long id) {
        return Optional.ofNullable(em.find(MealSettlement.class, id));
    }

    @Override
    public Optional<MealSettlement> of(long siteId, YearMonth month) {
        return em.createQuery("select s from MealSettlement s where s.siteId = :site and s.month = :m",
                MealSettlement.class).setParameter("site", siteId).setParameter("m", month.toString())
                .getResultStream().findFirst();
    }

    @Override
    public List<MealSettlement> search(Optional<Long> siteId, Optional<Long> providerId, int max) {
        List<String> c = new ArrayList<>();
        siteId.ifPresent(v -> c.add("s.siteId = :site"));
        providerId.ifPresent(v -> c.add("s.providerId = :provider"));
        TypedQuery<MealSettlement> q = em.createQuery("select s from MealSettlement s"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by s.month desc, s.siteId",
                MealSettlement.class).setMaxResults(max);
        siteId.ifPresent(v -> q.setParameter("site", v));
        providerId.ifPresent(v -> q.setParameter("provider", v));
        return q.getResultList();
    }

    @Override
    public void store(MealSettlement settlement) {
        em.persist(settlement);
        em.flush();
    }

    @Override
    public List<Serving> bookedInto(long siteId, YearMonth month) {
        return em.createQuery("""
                select s from Serving s where s.siteId = :site and s.accountingMonth = :m
                order by s.mealDay, s.recordedAt, s.id""", Serving.class)
                .setParameter("site", siteId).setParameter("m", month.toString()).getResultList();
    }
}
