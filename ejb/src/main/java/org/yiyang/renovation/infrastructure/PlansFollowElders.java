package org.yiyang.renovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yiyang.elders.application.ElderChangingHousehold;
import org.yiyang.elders.application.ElderMoved;
import org.yiyang.shared.domain.DomainException;

/**
 * An elder's renovation plans follow the elder's township; and an elder whose home was subsidised cannot take the
 * subsidy cap along into a fresh household number (the cap is per household: moving into a new number at the same
 * address must not reset it), so that change is refused while the elder has plans with an approved subsidy.
 */
@ApplicationScoped
public class PlansFollowElders {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    void moved(@Observes ElderMoved e) {
        em.createNativeQuery("UPDATE renovation_plan SET township_code = :to WHERE county_code = :county "
                        + "AND elder_id IN (:elders)")
                .setParameter("to", e.toTownship()).setParameter("county", e.county())
                .setParameter("elders", e.elderIds()).executeUpdate();
    }

    void changingHousehold(@Observes ElderChangingHousehold e) {
        Number subsidised = (Number) em.createNativeQuery("SELECT COUNT(*) FROM renovation_plan WHERE county_code = ?1 "
                        + "AND elder_id = ?2 AND household_id = ?3 AND subsidy > 0 AND status <> 'REJECTED'")
                .setParameter(1, e.county()).setParameter(2, e.elderId()).setParameter(3, e.fromHousehold())
                .getSingleResult();
        if (subsidised.longValue() > 0) {
            throw DomainException.conflict("renovation.household.subsidised");
        }
    }
}
