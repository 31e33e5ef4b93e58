package org.yiyang.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.yiyang.orders.domain.OrderRepository;
import org.yiyang.orders.domain.OrderStatus;
import org.yiyang.shared.application.WorkState;

/** Published by orders: where an order of the current county stands (for follow-ups and read models). */
@ApplicationScoped
@Transactional
public class OrderStatusQuery {

    @Inject
    OrderRepository orders;

    public Optional<WorkState> of(long orderId) {
        return orders.find(orderId).map(o -> new WorkState(o.status().name(), OrderStatus.FINISHED.contains(o.status())));
    }
}
