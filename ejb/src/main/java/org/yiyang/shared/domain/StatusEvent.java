package org.yiyang.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * One transition of an aggregate's lifecycle, never changed once written: who (and in which role), when, which
 * action and why. The subclass maps the aggregate it belongs to and the from/to statuses of its own enum.
 */
@MappedSuperclass
public abstract class StatusEvent<S extends Enum<S>> extends TenantScopedEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 30, updatable = false)
    private String actorRole;

    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private String action;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    protected StatusEvent() {
    }

    protected StatusEvent(Instant occurredAt, String actor, String actorRole, String action, String note) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.note = note;
    }

    public abstract S fromStatus();

    public abstract S toStatus();

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

    public String note() {
        return note;
    }
}
