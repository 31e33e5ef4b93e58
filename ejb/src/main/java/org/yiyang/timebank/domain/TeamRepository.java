package org.yiyang.timebank.domain;

import java.util.List;
import java.util.Optional;

/** Volunteer teams of the current county and their members. */
public interface TeamRepository {

    Optional<Team> find(long id);

    /** Teams by name, of one township or all. */
    List<Team> search(Optional<String> township, int max);

    /** The teams a volunteer leads. */
    List<Team> ledBy(long volunteerId);

    void store(Team team);

    List<TeamMember> members(long teamId);

    Optional<TeamMember> member(long teamId, long volunteerId);

    /** Stores a membership and writes it at once, so that a second one of the same volunteer fails here. */
    void store(TeamMember member);

    void remove(TeamMember member);
}
