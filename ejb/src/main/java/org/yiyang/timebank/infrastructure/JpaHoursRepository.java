package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.timebank.domain.HoursEntry;
import org.yiyang.timebank.domain.HoursRepository;
import org.yiyang.timebank.domain.HoursStatus;

@ApplicationScoped
public class JpaHoursRepository implements HoursRepository {

    static final List<HoursStatus> COUNTING = List.of(HoursStatus.PENDING, HoursStatus.VERIFIED);

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<HoursEntry> find(long id) {
        return Optional.ofNullable(em.find(HoursEntry.class, id));
    }

    @Override
    public List<HoursEntry> countingOn(long volunteerId, LocalDate day) {
        return em.createQuery("select h from HoursEntry h where h.volunteerId = :v and h.serviceDay = :d "
                + "and h.status in :s order by h.id", HoursEntry.class).setParameter("v", volunteerId)
                .setParameter("d", day).setParameter("s", COUNTING).getResultList();
    }

    @Override
    public Optional<HoursEntry> countingOf(long signupId) {
        return em.createQuery("select h from HoursEntry h where h.signupId = :s and h.status in :c",
                HoursEntry.class).setParameter("s", signupId).setParameter("c", COUNTING).getResultStream()
                .findFirst();
    }

    @Override
    public List<HoursEntry> search(Optional<Long> volunteerId, Optional<List<Long>> activityIds,
                                   Optional<HoursStatus> status, int max) {
        if (activityIds.isPresent() && activityIds.get().isEmpty()) {
            return List.of();
        }
        List<String> c = new ArrayList<>();
        volunteerId.ifPresent(v -> c.add("h.volunteerId = :volunteer"));
        activityIds.ifPresent(v -> c.add("h.activityId in :activities"));
        status.ifPresent(v -> c.add("h.status = :status"));
        TypedQuery<HoursEntry> q = em.createQuery("select h from HoursEntry h"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by h.id desc",
                HoursEntry.class).setMaxResults(max);
        volunteerId.ifPresent(v -> q.setParameter("volunteer", v));
        activityIds.ifPresent(v -> q.setParameter("activities", v));
        status.ifPresent(v -> q.setParameter("status", v));
        return q.getResultList();
    }

    @Override
    public void store(HoursEntry entry) {
        if (entry.id() == null) {
            em.persist(entry);
            em.flush();
        }
    }
}
