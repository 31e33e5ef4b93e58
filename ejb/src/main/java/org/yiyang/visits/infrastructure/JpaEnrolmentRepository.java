package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Enrolment;
import org.yiyang.visits.domain.EnrolmentRepository;
import org.yiyang.visits.domain.VisitPolicy;

@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Enrolment> find(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public Optional<Enrolment> findByElder(long elderId) {
        return em.createQuery("select e from Enrolment e where e.elderId = :e", Enrolment.class)
                .setParameter("e", elderId).getResultStream().findFirst();
    }

    @Override
    public void store(Enrolment enrolment) {
        em.persist(enrolment);
    }

    @Override
    public List<Enrolment> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Enrolment> byId = new HashMap<>();
        em.createQuery("select e from Enrolment e where e.id in :ids", Enrolment.class).setParameter("ids", ids)
                .getResultList().forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Enrolment> activeOfVisitor(String username, int max) {
        return em.createQuery("select e from Enrolment e where e.visitorUsername = :u and e.active = true",
                Enrolment.class).setParameter("u", username).setMaxResults(max).getResultList();
    }

    @Override
    public List<Long> overdue(VisitPolicy policy, LocalDate today, Optional<String> township, int max) {
        String due = DueDateSql.of(policy);
        var q = em.createNativeQuery("SELECT e.id FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active AND "
                        + due + " < ?2" + (township.isPresent() ? " AND e.township_code = ?3" : "") + " ORDER BY " + due
                        + ", e.id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, today);
        township.ifPresent(t -> q.setParameter(3, t));
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
