package org.yiyang.orders.application;

import java.util.List;
import java.util.Set;
import org.yiyang.orders.domain.OrderAction;

/** One order as its page shows it: the order, its timeline, and the steps the caller may take on it now. */
public record OrderFile(OrderView order, List<OrderEventView> events, Set<OrderAction> actions) {
}
