package org.yiyang.elders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.elders.domain.Elder;
import org.yiyang.elders.domain.ElderCategory;
import org.yiyang.elders.domain.ElderRepository;
import org.yiyang.elders.domain.ElderSearch;
import org.yiyang.elders.domain.VillageCount;
import org.yiyang.shared.domain.LivingArrangement;
import org.yiyang.shared.domain.SelfCareAbility;
import org.yiyang.shared.domain.EconomicStatus;

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
    public List<byte[]> registeredHashes(List<byte[]> hashes) {
        List<byte[]> found = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i += 1000) {
            found.addAll(em.createQuery("select e.idNumberHash from Elder e where e.idNumberHash in :h", byte[].class)
                    .setParameter("h", hashes.subList(i, Math.min(hashes.size(), i + 1000)))
                    .getResultList());
        }
        return found;
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
    public List<Elder> search(ElderSearch search, LocalDate today, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, today, params);
        TypedQuery<Elder> q = em.createQuery("select e from Elder e" + where + " order by e.name, e.id", Elder.class)
                .setFirstResult(first).setMaxResults(max);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @Override
    public long count(ElderSearch search, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, today, params);
        TypedQuery<Long> q = em.createQuery("select count(e) from Elder e" + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public List<VillageCount> countByVillage(ElderSearch search, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, today, params);
        String hardship = category(ElderCategory.SPECIAL_HARDSHIP, today, params);
        TypedQuery<Object[]> q = em.createQuery("select e.villageCode, count(e), sum(case when " + hardship
                + " then 1 else 0 end) from Elder e" + where + " group by e.villageCode", Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList().stream()
                .map(r -> new VillageCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The JPQL condition of a search; values only ever go in as parameters. */
    static String where(ElderSearch s, LocalDate today, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        s.status().ifPresent(v -> {
            c.add("e.status = :status");
            params.put("status", v);
        });
        s.namePrefix().ifPresent(v -> {
            c.add("e.name like :name escape '!'");
            params.put("name", v.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        s.idNumberHash().ifPresent(v -> {
            c.add("e.idNumberHash = :hash");
            params.put("hash", v);
        });
        s.idLast4().ifPresent(v -> {
            c.add("e.idNumberLast4 = :last4");
            params.put("last4", v);
        });
        s.townshipCode().ifPresent(v -> {
            c.add("e.townshipCode = :township");
            params.put("township", v);
        });
        s.villageCode().ifPresent(v -> {
            c.add("e.villageCode = :village");
            params.put("village", v);
        });
        s.ageBand().ifPresent(b -> {
            c.add("e.birthDate between :bornFrom and :bornTo");
            params.put("bornFrom", b.bornOnOrAfter(today));
            params.put("bornTo", b.bornOnOrBefore(today));
        });
        s.category().ifPresent(cat -> c.add(category(cat, today, params)));
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static String category(ElderCategory cat, LocalDate today, Map<String, Object> params) {
        LocalDate advanced = today.minusYears(ElderCategory.ADVANCED_AGE_YEARS);
        return switch (cat) {
            case SPECIAL_HARDSHIP -> {
                params.put("advanced", advanced);
                yield "(e.hardshipBasis = true or e.birthDate <= :advanced)";
            }
            case ADVANCED_AGE -> {
                params.put("advanced", advanced);
                yield "e.birthDate <= :advanced";
            }
            case WIDOWED_CHILDLESS -> "e.widowedChildless = true";
            case DISABLED -> "e.disabilityGrade is not null";
            case ECONOMIC_HARDSHIP -> {
                params.put("noHardship", EconomicStatus.NONE);
                yield "e.economicStatus <> :noHardship";
            }
            case FAMILY_PLANNING_SPECIAL -> "e.familyPlanningSpecial = true";
            case LIVING_ALONE -> {
                params.put("alone", LivingArrangement.ALONE);
                yield "e.livingArrangement = :alone";
            }
            case DEPENDENT -> {
                params.put("dependent", List.of(SelfCareAbility.PARTIAL, SelfCareAbility.DEPENDENT));
                yield "e.selfCare in :dependent";
            }
        };
    }

    @Override
    public List<Elder> membersOf(long householdId) {
        return em.createQuery("select e from Elder e where e.household.id = :h order by e.birthDate", Elder.class)
                .setParameter("h", householdId).getResultList();
    }

    @Override
    public int reassignVillage(String county, String fromVillage, String toVillage, String toTownship) {
        em.createQuery("""
                update Household h set h.villageCode = :to, h.townshipCode = :township, h.version = h.version + 1
                where h.countyCode = :county and h.villageCode = :from""")
                .setParameter("to", toVillage)
                .setParameter("township", toTownship)
                .setParameter("county", county)
                .setParameter("from", fromVillage)
                .executeUpdate();
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
