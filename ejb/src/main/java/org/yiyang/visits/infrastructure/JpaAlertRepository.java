package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.visits.domain.Alert;
import org.yiyang.visits.domain.AlertProgress;
import org.yiyang.visits.domain.AlertRepository;
import org.yiyang.visits.domain.VisitKind;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    @Override
    public void declare(Alert alert) {
        em.persist(alert);
        em.flush();
        List<String> townships = alert.townships();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < townships.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 4);
        }
        var q = em.createNativeQuery("INSERT INTO visits_alert_task (county_code, alert_id, enrolment_id, due_at) "
                        + "SELECT e.county_code, ?2, e.id, ?3 FROM visits_enrolment e WHERE e.county_code = ?1 AND e.active "
                        + "AND e.tier = 'RED' AND e.township_code IN (" + in + ")")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, alert.id()).setParameter(3, alert.visitBy());
        for (int i = 0; i < townships.size(); i++) {
            q.setParameter(i + 4, townships.get(i));
        }
        q.executeUpdate();
    }

    @Override
    public List<Alert> latest(Optional<String> township, int max) {
        // the townships are stored comma-separated: ",<code>," finds one exactly, in the query, not after a cut-off
        var q = township.isPresent()
                ? em.createQuery("select a from Alert a where concat(',', a.townships, ',') like :t "
                        + "order by a.startsAt desc", Alert.class).setParameter("t", "%," + township.get() + ",%")
                : em.createQuery("select a from Alert a order by a.startsAt desc", Alert.class);
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public AlertProgress progress(long alertId, Optional<String> township) {
        var q = em.createNativeQuery("SELECT COUNT(*), COUNT(t.visit_id) FROM visits_alert_task t "
                        + "JOIN visits_enrolment e ON e.id = t.enrolment_id AND e.county_code = t.county_code "
                        + "WHERE t.county_code = ?1 AND t.alert_id = ?2" + (township.isPresent() ? " AND e.township_code = ?3" : ""))
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, alertId);
        township.ifPresent(t -> q.setParameter(3, t));
        Object[] counts = (Object[]) q.getSingleResult();
        return new AlertProgress(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public List<Long> taskEnrolments(long alertId, boolean visited, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.enrolment_id FROM visits_alert_task t WHERE t.county_code = ?1 "
                        + "AND t.alert_id = ?2 AND (t.visit_id IS NOT NULL) = ?3 ORDER BY t.enrolment_id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, alertId).setParameter(3, visited)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Set<Long> withOpenTasks(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT t.enrolment_id FROM visits_alert_task t JOIN visits_alert a "
                        + "ON a.id = t.alert_id WHERE t.county_code = ?1 AND t.visit_id IS NULL AND a.ends_at > ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now).getResultList();
        Set<Long> s = new HashSet<>();
        ids.forEach(n -> s.add(n.longValue()));
        return s;
    }

    @Override
    public int fulfil(long enrolmentId, long visitId, Instant visitedAt, VisitKind kind) {
        return em.createNativeQuery("UPDATE visits_alert_task t JOIN visits_alert a ON a.id = t.alert_id "
                        + "SET t.visit_id = ?3, t.visited_at = ?4 WHERE t.county_code = ?1 AND t.enrolment_id = ?2 "
                        + "AND t.visit_id IS NULL AND a.declared_at <= ?4 AND ?5 = 'HOME'")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, enrolmentId).setParameter(3, visitId)
                .setParameter(4, visitedAt).setParameter(5, kind.name()).executeUpdate();
    }
}
