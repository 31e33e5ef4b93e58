package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.timebank.domain.Proxy;
import org.yiyang.timebank.domain.ProxyRepository;

@ApplicationScoped
public class JpaProxyRepository implements ProxyRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Proxy> find(long id) {
        return Optional.ofNullable(em.find(Proxy.class, id));
    }

    @Override
    public Optional<Proxy> of(long elderId, String username) {
        return em.createQuery("select p from Proxy p where p.elderId = :e and p.username = :u", Proxy.class)
                .setParameter("e", elderId).setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Proxy> search(Optional<Long> elderId, boolean activeOnly, int max) {
        List<String> c = new ArrayList<>();
        elderId.ifPresent(v -> c.add("p.elderId = :elder"));
        if (activeOnly) {
            c.add("p.active = true");
        }
        TypedQuery<Proxy> q = em.createQuery("select p from Proxy p"
                + (c.isEmpty() ? "" : " where " + String.join(" and ", c)) + " order by p.elderId, p.id",
                Proxy.class).setMaxResults(max);
        elderId.ifPresent(v -> q.setParameter("elder", v));
        return q.getResultList();
    }

    @Override
    public void store(Proxy proxy) {
        if (proxy.id() == null) {
            em.persist(proxy);
            em.flush();
        }
    }
}
