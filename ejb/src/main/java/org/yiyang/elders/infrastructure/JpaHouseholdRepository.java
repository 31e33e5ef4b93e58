package org.yiyang.elders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.yiyang.elders.domain.Household;
import org.yiyang.elders.domain.HouseholdRepository;

@ApplicationScoped
public class JpaHouseholdRepository implements HouseholdRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Household> find(long id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    @Override
    public Optional<Household> findByNumber(String householdNo) {
        return em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
                .setParameter("no", householdNo).getResultStream().findFirst();
    }

    @Override
    public void store(Household household) {
        if (household.id() == null) {
            em.persist(household);
        }
    }
}
