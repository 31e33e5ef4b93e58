package org.yiyang.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yiyang.elders.application.ElderMoved;

/** An elder's orders follow the elder's township, in the move's transaction (township staff's reach). */
@ApplicationScoped
public class OrdersFollowElders {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    void moved(@Observes ElderMoved e) {
        em.createNativeQuery("UPDATE orders_order SET township_code = :to WHERE county_code = :county "
                        + "AND elder_id IN (:elders)")
                .setParameter("to", e.toTownship()).setParameter("county", e.county())
                .setParameter("elders", e.elderIds()).executeUpdate();
    }
}
