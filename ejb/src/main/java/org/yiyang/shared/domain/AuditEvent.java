package org.yiyang.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** One entry of a county's audit log: who did what to which record, when. Never changed once written. */
@Entity
@Table(name = "shared_audit_event")
public class AuditEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_audit_event_seq")
    @SequenceGenerator(name = "shared_audit_event_seq", sequenceName = "shared_audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 40, updatable = false)
    private String subjectId;

    @Column(name = "details", updatable = false, columnDefinition = "text")
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                      String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String details() {
        return details;
    }
}
