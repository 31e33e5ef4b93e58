package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.meals.domain.MealRegistration;
import org.yiyang.meals.domain.RegistrationRepository;

@ApplicationScoped
public class JpaRegistrationRepository implements RegistrationRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<MealRegistration> find(long id) {
        return Optional.ofNullable(em.find(MealRegistration.class, id));
    }

    @Override
    public Optional<MealRegistration> activeOf(long elderId) {
        return em.createQuery("select r from MealRegistration r where r.elderId = :e and r.active = true",
                MealRegistration.class).setParameter("e", elderId).getResultStream().findFirst();
    }

    @Override
    public List<MealRegistration> search(Optional<Long> homeSiteId, Optional<Long> elderId, boolean activeOnly,
                                         int max) {
        List<String> c = new ArrayList<>();
        homeSiteId.ifPresent(v -> c.add("r.homeSiteId = :site"));
        elderId.ifPresent(v -> c.add("r.elderId = :elder"));
        if (activeOnly) {
            c.add("r.active = true");
        }
        TypedQuery<MealRegistration> q = em.createQuery("select r from MealRegistration r"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by r.id desc",
                MealRegistration.class).setMaxResults(max);
        homeSiteId.ifPresent(v -> q.setParameter("site", v));
        elderId.ifPresent(v -> q.setParameter("elder", v));
        return q.getResultList();
    }

    @Override
    public void store(MealRegistration registration) {
        if (registration.id() == null) {
            em.persist(registration);
            em.flush();
        }
    }
}
