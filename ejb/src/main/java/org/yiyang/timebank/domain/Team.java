package org.yiyang.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/** A volunteer service team (志愿服务队) of a township, led by one of its approved volunteers. */
@Entity
@Table(name = "timebank_team")
public class Team extends TrackedEntity {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_team_seq")
    @SequenceGenerator(name = "timebank_team_seq", sequenceName = "timebank_team_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "township_code", nullable = false, length = 12)
    private String townshipCode;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    protected Team() {
    }

    /** A team of the leader's township, led by an approved volunteer. */
    public Team(String name, Volunteer leader, String by, Instant at) {
        super(by, at);
        leader.requireApproved("lead");
        this.name = name;
        this.townshipCode = leader.townshipCode();
        this.leaderId = leader.id();
    }

    /** A member joins: an approved volunteer of the team's township (400 on {@code volunteerId} otherwise). */
    public TeamMember admit(Volunteer volunteer, Instant at) {
        volunteer.requireApproved("join");
        if (!volunteer.townshipCode().equals(townshipCode)) {
            throw DomainException.invalid("volunteerId", "timebank.team.otherTownship");
        }
        return new TeamMember(id, volunteer.id(), at);
    }

    public boolean ledBy(long volunteerId) {
        return leaderId == volunteerId;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public long leaderId() {
        return leaderId;
    }
}
