package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;
import org.yiyang.timebank.domain.VolunteerStatus;

@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Volunteer> find(long id) {
        return Optional.ofNullable(em.find(Volunteer.class, id));
    }

    @Override
    public Optional<Volunteer> lock(long id) {
        return em.createQuery("select v from Volunteer v where v.id = :id", Volunteer.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Volunteer> ofUsername(String username) {
        return em.createQuery("select v from Volunteer v where v.username = :u", Volunteer.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Volunteer> search(Optional<String> township, Optional<VolunteerStatus> status,
                                  Optional<String> username, int max) {
        List<String> c = new ArrayList<>();
        township.ifPresent(v -> c.add("v.townshipCode = :township"));
        status.ifPresent(v -> c.add("v.status = :status"));
        username.ifPresent(v -> c.add("v.username = :username"));
        TypedQuery<Volunteer> q = em.createQuery("select v from Volunteer v"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by v.name, v.id",
                Volunteer.class).setMaxResults(max);
        township.ifPresent(v -> q.setParameter("township", v));
        status.ifPresent(v -> q.setParameter("status", v));
        username.ifPresent(v -> q.setParameter("username", v));
        return q.getResultList();
    }

    @Override
    public void store(Volunteer volunteer) {
        if (volunteer.id() == null) {
            em.persist(volunteer);
            em.flush();
        }
    }
}
