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
import org.yiyang.shared.domain.StatusEvent;

/** One transition of an order: who (and in which role), when, from where to where, why. */
@Entity
@Table(name = "orders_order_event")
public class OrderEvent extends StatusEvent<OrderStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_order_event_seq")
    @SequenceGenerator(name = "orders_order_event_seq", sequenceName = "orders_order_event_seq", allocationSize = 50)
    private Long id;

    /** An association (not a bare id) so that Hibernate, which orders inserts, writes the order first. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private OrderStatus toStatus;

    protected OrderEvent() {
    }

    public OrderEvent(Order order, Instant occurredAt, String actor, String actorRole, String action,
                      OrderStatus fromStatus, OrderStatus toStatus, String note) {
        super(occurredAt, actor, actorRole, action, note);
        this.order = order;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public long orderId() {
        return order.id();
    }

    @Override
    public OrderStatus fromStatus() {
        return fromStatus;
    }

    @Override
    public OrderStatus toStatus() {
        return toStatus;
    }
}
