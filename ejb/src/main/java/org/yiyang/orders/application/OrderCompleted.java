package org.yiyang.orders.application;

import java.time.Instant;

/**
 * A home-service order was carried out (the staff member checked out). Fired inside the transaction that completed
 * it; read models observe it (coverage counts served elders and orders per month).
 */
public record OrderCompleted(String county, long orderId, long elderId, String townshipCode, String service,
                             Instant completedAt) {
}
