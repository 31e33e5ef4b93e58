package org.yiyang.elders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderRepository;

@ApplicationScoped
public class JpaElderRepository implements ElderRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Elder> find(long id) {
        return Optional.ofNullable(em.find(Elder.class, id));
    }

    @Override
    public Optional<Elder> findByIdNumberHash(byte[] hash) {
        return em.createQuery("select e from Elder e where e.idNumberHash = :h", Elder.class)
                .setParameter("h", hash)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Elder elder) {
        if (elder.id() == null) {
            em.persist(elder);
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(e) from Elder e", Long.class).getSingleResult();
    }

    @Override
    public List<Elder> page(Optional<String> township, int first, int max) {
        String where = township.isPresent() ? " where e.townshipCode = :t" : "";
        var q = em.createQuery("select e from Elder e" + where + " order by e.name, e.id", Elder.class)
                .setFirstResult(first).setMaxResults(max);
        township.ifPresent(t -> q.setParameter("t", t));
        return q.getResultList();
    }

    @Override
    public long countIn(Optional<String> township) {
        String where = township.isPresent() ? " where e.townshipCode = :t" : "";
        var q = em.createQuery("select count(e) from Elder e" + where, Long.class);
        township.ifPresent(t -> q.setParameter("t", t));
        return q.getSingleResult();
    }

    @Override
    public int reassignVillage(String county, String fromVillage, String toVillage, String toTownship) {
        return em.createQuery("""
                update Elder e set e.villageCode = :to, e.townshipCode = :township, e.version = e.version + 1
                where e.countyCode = :county and e.villageCode = :from""")
                .setParameter("to", toVillage)
                .setParameter("township", toTownship)
                .setParameter("county", county)
                .setParameter("from", fromVillage)
                .executeUpdate();
    }
}
