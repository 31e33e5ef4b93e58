package org.yiyang.orders.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What an order list is filtered by; every part optional (an empty status set means any status). The scope
 * parts come from the caller's role.
 *
 * @param staffed       only orders with (true) or without (false) a member of staff
 * @param earliestFirst order by scheduled time ascending (task lists) instead of latest first (searches)
 */
public record OrderSearch(Set<OrderStatus> statuses, Optional<ServiceKind> service, Optional<Long> providerId,
                          Optional<Long> staffId, Optional<Payer> payer, Optional<Long> elderId,
                          Optional<String> townshipCode, Optional<Instant> scheduledFrom,
                          Optional<Instant> scheduledTo, Optional<Boolean> staffed, boolean earliestFirst) {

    /** The same search narrowed to some statuses, staffing and time, in the given order. */
    public OrderSearch narrowed(Set<OrderStatus> to, Optional<Boolean> withStaff, Optional<Instant> from,
                                Optional<Instant> until, boolean earliest) {
        return new OrderSearch(to, service, providerId, staffId, payer, elderId, townshipCode,
                from.isPresent() ? from : scheduledFrom, until.isPresent() ? until : scheduledTo, withStaff, earliest);
    }
}
