package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.timebank.domain.Activity;
import org.yiyang.timebank.domain.ActivityRepository;
import org.yiyang.timebank.domain.ActivityStatus;
import org.yiyang.timebank.domain.Signup;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Activity> find(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    @Override
    public Optional<Activity> lock(long id) {
        return em.createQuery("select a from Activity a where a.id = :id", Activity.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Activity> search(Optional<String> township, Optional<ActivityStatus> status,
                                 Optional<String> organiser, int max) {
        List<String> c = new ArrayList<>();
        township.ifPresent(v -> c.add("a.townshipCode = :township"));
        status.ifPresent(v -> c.add("a.status = :status"));
        organiser.ifPresent(v -> c.add("a.organiser = :organiser"));
        TypedQuery<Activity> q = em.createQuery("select a from Activity a"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by a.startsAt desc, a.id desc",
                Activity.class).setMaxResults(max);
        township.ifPresent(v -> q.setParameter("township", v));
        status.ifPresent(v -> q.setParameter("status", v));
        organiser.ifPresent(v -> q.setParameter("organiser", v));
        return q.getResultList();
    }

    @Override
    public void store(Activity activity) {
        if (activity.id() == null) {
            em.persist(activity);
        }
    }

    @Override
    public Optional<Signup> signup(long activityId, long volunteerId) {
        return em.createQuery("select s from Signup s where s.activityId = :a and s.volunteerId = :v", Signup.class)
                .setParameter("a", activityId).setParameter("v", volunteerId).getResultStream().findFirst();
    }

    @Override
    public List<Signup> signups(long activityId) {
        return em.createQuery("select s from Signup s where s.activityId = :a order by s.id", Signup.class)
                .setParameter("a", activityId).getResultList();
    }

    @Override
    public List<Signup> signupsOf(long volunteerId, int max) {
        return em.createQuery("select s from Signup s where s.volunteerId = :v order by s.id desc", Signup.class)
                .setParameter("v", volunteerId).setMaxResults(max).getResultList();
    }

    @Override
    public void store(Signup signup) {
        if (signup.id() == null) {
            em.persist(signup);
            em.flush();
        }
    }
}
