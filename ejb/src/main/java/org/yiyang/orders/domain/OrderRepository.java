package org.yiyang.orders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders of the current county. */
public interface OrderRepository {

    Optional<Order> find(long id);

    void store(Order order);

    void record(OrderEvent event);

    List<OrderEvent> events(long orderId);

    List<Order> search(OrderSearch search, int first, int max);

    long count(OrderSearch search);

    /** A provider's confirmed, unsettled orders checked out before the given moment. */
    List<Order> settleable(long providerId, Instant checkedOutBefore);

    Optional<Settlement> settlement(long id);

    Optional<Settlement> settlementOf(long providerId, String month);

    List<Settlement> settlements();

    List<Order> ordersOf(Settlement settlement);

    void store(Settlement settlement);
}
