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
import org.yiyang.shared.domain.StatusEvent;

/** One transition of a renovation plan: who (and in which role), when, from where to where, why. */
@Entity
@Table(name = "renovation_plan_event")
public class PlanEvent extends StatusEvent<PlanStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renovation_plan_event_seq")
    @SequenceGenerator(name = "renovation_plan_event_seq", sequenceName = "renovation_plan_event_seq", allocationSize = 50)
    private Long id;

    /** An association (not a bare id) so that Hibernate, which orders inserts, writes the plan first. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private PlanStatus toStatus;

    protected PlanEvent() {
    }

    public PlanEvent(Plan plan, Instant occurredAt, String actor, String actorRole, String action,
                      PlanStatus fromStatus, PlanStatus toStatus, String note) {
        super(occurredAt, actor, actorRole, action, note);
        this.plan = plan;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public long planId() {
        return plan.id();
    }

    @Override
    public PlanStatus fromStatus() {
        return fromStatus;
    }

    @Override
    public PlanStatus toStatus() {
        return toStatus;
    }
}
