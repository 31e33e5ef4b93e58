package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.yiyang.timebank.domain.Team;
import org.yiyang.timebank.domain.TeamMember;
import org.yiyang.timebank.domain.TeamRepository;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public List<Team> search(Optional<String> township, int max) {
        TypedQuery<Team> q = em.createQuery("select t from Team t" + (township.isPresent()
                ? " where t.townshipCode = :township" : "") + " order by t.name, t.id", Team.class)
                .setMaxResults(max);
        township.ifPresent(v -> q.setParameter("township", v));
        return q.getResultList();
    }

    @Override
    public List<Team> ledBy(long volunteerId) {
        return em.createQuery("select t from Team t where t.leaderId = :v order by t.name", Team.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public void store(Team team) {
        if (team.id() == null) {
            em.persist(team);
        }
    }

    @Override
    public List<TeamMember> members(long teamId) {
        return em.createQuery("select m from TeamMember m where m.teamId = :t order by m.id", TeamMember.class)
                .setParameter("t", teamId).getResultList();
    }

    @Override
    public Optional<TeamMember> member(long teamId, long volunteerId) {
        return em.createQuery("select m from TeamMember m where m.teamId = :t and m.volunteerId = :v",
                TeamMember.class).setParameter("t", teamId).setParameter("v", volunteerId).getResultStream()
                .findFirst();
    }

    @Override
    public void store(TeamMember member) {
        if (member.id() == null) {
            em.persist(member);
            em.flush();
        }
    }

    @Override
    public void remove(TeamMember member) {
        em.remove(member);
    }
}
