package org.yiyang.orders.application;

import java.time.Instant;

/**
 * A new home-service order.
 *
 * @param elderId       the elder's id, or empty when the elder is named by {@code elderIdNumber}
 * @param elderIdNumber the elder's 18-digit ID number (for providers' systems, which know elders by it)
 * @param service     a {@link org.yiyang.orders.domain.ServiceKind} name
 * @param scheduledAt when the service is to happen (not in the past)
 * @param quantity    units of the service (visits, months), 1 when empty
 * @param payer       SELF, ALLOWANCE or CHARITY
 * @param address     where; the household's address when empty
 */
public record CreateOrder(Long elderId, String elderIdNumber, String service, Instant scheduledAt, Integer quantity, String payer,
                          String address, String notes) {
}
