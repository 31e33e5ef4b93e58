package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.timebank.domain.Team;
import org.yiyang.timebank.domain.TeamMember;
import org.yiyang.timebank.domain.TeamRepository;
import org.yiyang.timebank.domain.Volunteer;
import org.yiyang.timebank.domain.VolunteerRepository;

/**
 * Volunteer teams (志愿服务队): formed by the bureau or the township office around an approved leader of the
 * township, who is the first member; members of the township join and leave. The staff of the reach, the leader
 * and the members read a team.
 */
@Stateless
public class Teams {

    static final int MAX_LIST = 500;

    @Inject
    TeamRepository teams;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TimebankScope scope;

    @Inject
    TimebankViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public TeamView form(NewTeam in) {
        Caller caller = TimebankActions.requireRegistrar();
        String name = Inputs.text(in.name(), Team.MAX_NAME, "name");
        if (name == null) {
            throw DomainException.invalid("name", "timebank.team.name.required");
        }
        Volunteer leader = volunteerOfReach(caller, in.leaderId(), "leaderId");
        Instant now = clock.instant();
        Team t = new Team(name, leader, caller.username(), now);
        teams.store(t);
        teams.store(t.admit(leader, now));
        audit.record("TIMEBANK_TEAM_FORMED", "team", t.id(), name + ", led by volunteer " + leader.id());
        return views.team(t);
    }

    public TeamView admit(long teamId, Long volunteerId) {
        Caller caller = TimebankActions.requireRegistrar();
        Team t = teamToKeep(caller, teamId);
        Volunteer v = volunteerOfReach(caller, volunteerId, "volunteerId");
        if (teams.member(t.id(), v.id()).isPresent()) {
            throw DomainException.conflict("timebank.team.member.exists");
        }
        try {
            teams.store(t.admit(v, clock.instant()));
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("timebank.team.member.exists");
        }
        audit.record("TIMEBANK_TEAM_MEMBER_ADMITTED", "team", t.id(), "volunteer " + v.id());
        return views.team(t);
    }

    /** A member leaves; the leader stays (another team is formed for another leader). */
    public TeamView release(long teamId, long volunteerId) {
        Caller caller = TimebankActions.requireRegistrar();
        Team t = teamToKeep(caller, teamId);
        if (t.ledBy(volunteerId)) {
            throw DomainException.conflict("timebank.team.leaderStays");
        }
        TeamMember m = teams.member(t.id(), volunteerId).orElseThrow(() -> TimebankScope.volunteerNotFound(
                volunteerId));
        teams.remove(m);
        audit.record("TIMEBANK_TEAM_MEMBER_RELEASED", "team", t.id(), "volunteer " + volunteerId);
        return views.team(t);
    }

    public TeamView team(long id) {
        Caller caller = TimebankActions.requireCountyCaller();
        return views.team(scope.team(caller, id));
    }

    /** Teams of the caller's reach by name. */
    public List<TeamView> teams() {
        Caller caller = TimebankActions.requireStaff();
        return teams.search(Access.townshipScope(caller), MAX_LIST).stream().map(views::team).toList();
    }

    private Team teamToKeep(Caller caller, long id) {
        return teams.find(id).filter(t -> TimebankActions.registers(caller, t.townshipCode()))
                .orElseThrow(() -> DomainException.notFound("timebank.team.notFound", String.valueOf(id)));
    }

    private Volunteer volunteerOfReach(Caller caller, Long id, String field) {
        if (id == null) {
            throw DomainException.invalid(field, "timebank.volunteer.required");
        }
        return volunteers.find(id).filter(v -> TimebankActions.registers(caller, v.townshipCode()))
                .orElseThrow(() -> DomainException.invalid(field, "timebank.volunteer.notFound", String.valueOf(id)));
    }
}
