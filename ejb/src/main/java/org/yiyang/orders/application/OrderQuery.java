package org.yiyang.orders.application;

import java.time.LocalDate;

/** A search of orders; every filter optional; dates are calendar days in China Standard Time. */
public record OrderQuery(String status, String service, Long providerId, String payer, Long elderId,
                         String townshipCode, LocalDate from, LocalDate to) {

    public static final OrderQuery ALL = new OrderQuery(null, null, null, null, null, null, null, null);
}
