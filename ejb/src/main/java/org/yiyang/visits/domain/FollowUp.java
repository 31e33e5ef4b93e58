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
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * What a visit set in motion: a home-service order, a renovation application (both real records of their
 * services, linked here) or a referral. An order or application is closed when its own record is; a referral
 * is closed by hand with a note.
 */
@Entity
@Table(name = "visits_followup")
public class FollowUp extends TenantScopedEntity {

    /** The kinds of follow-up. */
    public enum Kind { ORDER, RENOVATION, REFERRAL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visits_followup_seq")
    @SequenceGenerator(name = "visits_followup_seq", sequenceName = "visits_followup_seq", allocationSize = 50)
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "elder_id", nullable = false, updatable = false)
    private long elderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private Kind kind;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Column(name = "referred_to", length = 100, updatable = false)
    private String referredTo;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closing_note", length = 500)
    private String closingNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected FollowUp() {
    }

    public FollowUp(Visit visit, Kind kind, Long orderId, Long planId, String referredTo, String note, String by,
                    Instant at) {
        this.visitId = visit.id();
        this.enrolmentId = visit.enrolmentId();
        this.elderId = visit.elderId();
        this.kind = kind;
        this.orderId = orderId;
        this.planId = planId;
        this.referredTo = referredTo;
        this.note = note;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Closes a referral by hand. */
    public void close(String closing, String by, Instant at) {
        if (kind != Kind.REFERRAL) {
            throw DomainException.conflict("visit.followup.closesItself");
        }
        if (closedAt != null) {
            throw DomainException.conflict("visit.followup.closed");
        }
        this.closedAt = at;
        this.closedBy = by;
        this.closingNote = closing;
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long elderId() {
        return elderId;
    }

    public Kind kind() {
        return kind;
    }

    public Long orderId() {
        return orderId;
    }

    public Long planId() {
        return planId;
    }

    public String referredTo() {
        return referredTo;
    }

    public String note() {
        return note;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
