package org.yiyang.meals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yiyang.meals.domain.BookingRepository;
import org.yiyang.meals.domain.BookingStatus;
import org.yiyang.meals.domain.MealBooking;
import org.yiyang.meals.domain.MealPeriod;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<MealBooking> find(long id) {
        return Optional.ofNullable(em.find(MealBooking.class, id));
    }

    @Override
    public Optional<MealBooking> live(long elderId, LocalDate day, MealPeriod period) {
        return em.createQuery("""
                select b from MealBooking b where b.elderId = :elder and b.mealDay = :day and b.period = :period
                and b.status <> :cancelled""", MealBooking.class)
                .setParameter("elder", elderId).setParameter("day", day).setParameter("period", period)
                .setParameter("cancelled", BookingStatus.CANCELLED).getResultStream().findFirst();
    }

    @Override
    public List<MealBooking> ofElder(long elderId, Optional<LocalDate> from, int max) {
        TypedQuery<MealBooking> q = em.createQuery("select b from MealBooking b where b.elderId = :elder"
                + (from.isPresent() ? " and b.mealDay >= :since" : "") + " order by b.mealDay, b.id",
                MealBooking.class).setParameter("elder", elderId).setMaxResults(max);
        from.ifPresent(d -> q.setParameter("since", d));
        return q.getResultList();
    }

    @Override
    public List<MealBooking> ofSite(long siteId, LocalDate day) {
        return em.createQuery("""
                select b from MealBooking b where b.siteId = :site and b.mealDay = :day and b.status <> :cancelled
                order by b.id""", MealBooking.class)
                .setParameter("site", siteId).setParameter("day", day)
                .setParameter("cancelled", BookingStatus.CANCELLED).getResultList();
    }

    @Override
    public void store(MealBooking booking) {
        if (booking.id() == null) {
            em.persist(booking);
            em.flush();
        }
    }
}
