package org.yiyang.renovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One transition of a renovation plan: who (and in which role), when, from where to where, why. */
@Entity
@Table(name = "renovation_plan_event")
public class PlanEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_plan_event_seq")
    @SequenceGenerator(name = "renovation_plan_event_seq", sequenceName = "renovation_plan_event_seq", allocationSize = 50)
    private Long id;

    /** An association (not a bare id) so that Hibernate, which orders inserts, writes the plan first. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 30, updatable = false)
    private String actorRole;

    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private PlanStatus toStatus;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    protected PlanEvent() {
    }

    public PlanEvent(Plan plan, Instant occurredAt, String actor, String actorRole, String action,
                      PlanStatus fromStatus, PlanStatus toStatus, String note) {
        this.plan = plan;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public long planId() {
        return plan.id();
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public PlanStatus fromStatus() {
        return fromStatus;
    }

    public PlanStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
