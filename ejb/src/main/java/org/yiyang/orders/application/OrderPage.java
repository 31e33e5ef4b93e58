package org.yiyang.orders.application;

import java.util.List;

/** One page of orders and how many the search found. */
public record OrderPage(List<OrderView> orders, long total, int first, int max) {
}
