package org.yiyang.orders.domain;

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

/** One transition of an order: who (and in which role), when, from where to where, why. */
@Entity
@Table(name = "orders_order_event")
public class OrderEvent extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_order_event_seq")
    @SequenceGenerator(name = "orders_order_event_seq", sequenceName = "orders_order_event_seq", allocationSize = 50)
    private Long id;

    /** An association (not a bare id) so that Hibernate, which orders inserts, writes the order first. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

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
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private OrderStatus toStatus;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    protected OrderEvent() {
    }

    public OrderEvent(Order order, Instant occurredAt, String actor, String actorRole, String action,
                      OrderStatus fromStatus, OrderStatus toStatus, String note) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public long orderId() {
        return order.id();
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

    public OrderStatus fromStatus() {
        return fromStatus;
    }

    public OrderStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
