package org.yiyang.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.yiyang.shared.domain.AuditEvent;
import org.yiyang.tenancy.TenantScope;

/**
 * The county's audit log. Written in the caller's transaction, so an audited change and its audit entry
 * commit or roll back together. Details never contain a full ID number.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String action, String subjectType, Object subjectId, String details) {
        String actor = TenantScope.requireCaller().username();
        TenantScope.requireCounty();
        em.persist(new AuditEvent(clock.instant(), actor, action, subjectType, String.valueOf(subjectId), details));
    }

    /** The audit trail of one record, newest first. */
    public List<AuditEvent> trailOf(String subjectType, Object subjectId) {
        return em.createQuery("""
                select a from AuditEvent a where a.subjectType = :type and a.subjectId = :id
                order by a.occurredAt desc, a.id desc""", AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .getResultList();
    }
}
