package org.yiyang.providers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yiyang.providers.domain.Provider;
import org.yiyang.providers.domain.ProviderRepository;
import org.yiyang.providers.domain.Staff;

@ApplicationScoped
public class JpaProviderRepository implements ProviderRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Provider> find(long id) {
        return Optional.ofNullable(em.find(Provider.class, id));
    }

    @Override
    public Optional<Provider> findByCode(String code) {
        return em.createQuery("select p from Provider p where p.code = :c", Provider.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Provider> all() {
        return em.createQuery("select p from Provider p order by p.name, p.id", Provider.class).getResultList();
    }

    @Override
    public void store(Provider provider) {
        if (provider.id() == null) {
            em.persist(provider);
        }
    }

    @Override
    public Optional<Staff> findStaff(long id) {
        return Optional.ofNullable(em.find(Staff.class, id));
    }

    @Override
    public Optional<Staff> findStaffByUsername(String username) {
        return em.createQuery("select s from Staff s where s.username = :u", Staff.class).setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<Staff> staffOf(long providerId) {
        return em.createQuery("select s from Staff s where s.provider.id = :p order by s.active desc, s.name", Staff.class)
                .setParameter("p", providerId).getResultList();
    }

    @Override
    public void store(Staff staff) {
        if (staff.id() == null) {
            em.persist(staff);
        }
    }
}
