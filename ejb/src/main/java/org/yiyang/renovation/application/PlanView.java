package org.yiyang.renovation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A renovation plan with the names of its elder, township and contractor. */
public record PlanView(long id, long householdId, long elderId, String elderName, String elderIdNumberMasked,
                       String townshipCode, String townshipName, String address, String applicantKind,
                       String applicantName, String applicantPhone, String requestNotes, String status,
                       BigDecimal total, BigDecimal subsidy, BigDecimal selfPay, BigDecimal cap, Integer capVersion,
                       BigDecimal remainingBefore, String assessedBy, Instant assessedAt, String assessmentNotes,
                       String decidedBy, Instant decidedAt, Long contractorId, String contractorName,
                       Instant startedAt, Instant completedAt, String completionNotes, String acceptedBy,
                       Instant acceptedAt, String settledBy, Instant settledAt, String closingReason,
                       List<PlanItemView> items, Instant createdAt, String createdBy, long version) {
}
