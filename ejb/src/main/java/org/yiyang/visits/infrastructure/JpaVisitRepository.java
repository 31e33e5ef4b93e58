package org.yiyang.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yiyang.visits.domain.FollowUp;
import org.yiyang.visits.domain.Visit;
import org.yiyang.visits.domain.VisitRepository;

@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Visit> find(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    @Override
    public void store(Visit visit) {
        em.persist(visit);
        em.flush();
    }

    @Override
    public List<Visit> ofEnrolment(long enrolmentId, int max) {
        return em.createQuery("select v from Visit v where v.enrolmentId = :e order by v.visitedAt desc", Visit.class)
                .setParameter("e", enrolmentId).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<FollowUp> findFollowUp(long id) {
        return Optional.ofNullable(em.find(FollowUp.class, id));
    }

    @Override
    public void store(FollowUp followUp) {
        em.persist(followUp);
    }

    @Override
    public List<FollowUp> followUpsOf(long enrolmentId, int max) {
        return em.createQuery("select f from FollowUp f where f.enrolmentId = :e order by f.createdAt desc, f.id desc",
                FollowUp.class).setParameter("e", enrolmentId).setMaxResults(max).getResultList();
    }
}
