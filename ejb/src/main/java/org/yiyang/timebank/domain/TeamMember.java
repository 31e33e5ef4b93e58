package org.yiyang.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** A volunteer's membership of a team (one per team and volunteer, a unique key). */
@Entity
@Table(name = "timebank_team_member")
public class TeamMember extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timebank_team_member_seq")
    @SequenceGenerator(name = "timebank_team_member_seq", sequenceName = "timebank_team_member_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected TeamMember() {
    }

    TeamMember(long teamId, long volunteerId, Instant joinedAt) {
        this.teamId = teamId;
        this.volunteerId = volunteerId;
        this.joinedAt = joinedAt;
    }

    public Long id() {
        return id;
    }

    public long teamId() {
        return teamId;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
