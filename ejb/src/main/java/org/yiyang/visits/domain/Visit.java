package org.yiyang.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/** A visit record: when, who, how, the checklist and notes. */
@Entity
@Table(name = "visits_visit")
public class Visit extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visits_visit_seq")
    @SequenceGenerator(name = "visits_visit_seq", sequenceName = "visits_visit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Column(name = "visited_at", nullable = false, updatable = false)
    private Instant visitedAt;

    @Column(name = "visitor", nullable = false, length = 100, updatable = false)
    private String visitor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8, updatable = false)
    private VisitKind kind;

    @Column(name = "health", length = 300, updatable = false)
    private String health;

    @Column(name = "living", length = 300, updatable = false)
    private String living;

    @Column(name = "safety", length = 300, updatable = false)
    private String safety;

    @Column(name = "caregiver", length = 300, updatable = false)
    private String caregiver;

    @Column(name = "needs", length = 300, updatable = false)
    private String needs;

    @Column(name = "notes", length = 500, updatable = false)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Visit() {
    }

    public Visit(long enrolmentId, long elderId, Instant visitedAt, String visitor, VisitKind kind, String health,
                 String living, String safety, String caregiver, String needs, String notes, Instant createdAt) {
        this.enrolmentId = enrolmentId;
        this.elderId = elderId;
        this.visitedAt = visitedAt;
        this.visitor = visitor;
        this.kind = kind;
        this.health = health;
        this.living = living;
        this.safety = safety;
        this.caregiver = caregiver;
        this.needs = needs;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long elderId() {
        return elderId;
    }

    public Instant visitedAt() {
        return visitedAt;
    }

    public String visitor() {
        return visitor;
    }

    public VisitKind kind() {
        return kind;
    }

    public String health() {
        return health;
    }

    public String living() {
        return living;
    }

    public String safety() {
        return safety;
    }

    public String caregiver() {
        return caregiver;
    }

    public String needs() {
        return needs;
    }

    public String notes() {
        return notes;
    }
}
