package org.yiyang.orders.application;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as pages and the API show it (the elder's ID number only masked). */
public record OrderView(long id, long elderId, String elderName, String elderIdNumberMasked, String townshipCode,
                        String townshipName, String service, BigDecimal unitPrice, int quantity, BigDecimal amount,
                        int priceVersion, int plannedMinutes, String payer, Instant scheduledAt, String address,
                        String requestNotes, String origin, String status, Long providerId, String providerName,
                        Long staffId, String staffName, Instant checkedInAt, BigDecimal checkInLatitude,
                        BigDecimal checkInLongitude, Instant checkedOutAt, Integer durationMinutes,
                        String completionNotes, Integer rating, String ratingComment, String confirmedBy,
                        String closingReason, Long settlementId, Instant createdAt, String createdBy, long version) {
}
