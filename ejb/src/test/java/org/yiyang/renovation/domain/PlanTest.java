package org.yiyang.renovation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.yiyang.shared.domain.DomainException;

/** The renovation plan's state machine and its money: which step is allowed when, and what it records. */
class PlanTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final CatalogItem RAIL = new CatalogItem("B01", CatalogCategory.BATHROOM, "卫生间扶手", "L型扶手", "个",
            new BigDecimal("180.00"), true, 0, "system", T0);
    static final CatalogItem BED = new CatalogItem("R03", CatalogCategory.BEDROOM, "护理床", "手摇护理床", "张",
            new BigDecimal("1800.00"), false, 1, "system", T0);
    static final BigDecimal CAP = new BigDecimal("3000.00");

    static Plan plan() {
        return new Plan(5L, 7L, "371602001000", ApplicantKind.FAMILY, "张小红", "13905431234", null, "assistant", T0);
    }

    static Map<CatalogItem, Integer> items() {
        Map<CatalogItem, Integer> m = new LinkedHashMap<>();
        m.put(RAIL, 2);
        m.put(BED, 1);
        return m;
    }

    /** A plan brought to the given status by the regular steps. */
    static Plan in(PlanStatus status) {
        Plan p = plan();
        if (status == PlanStatus.APPLIED) {
            return p;
        }
        if (status == PlanStatus.REJECTED) {
            p.reject("不符合条件", "admin", T0);
            return p;
        }
        p.assess(items(), null, "assessor", T0);
        if (status == PlanStatus.ASSESSED) {
            return p;
        }
        p.approve(p.total(), CAP, 1, CAP, 3L, "admin", T0);
        if (status == PlanStatus.APPROVED) {
            return p;
        }
        p.start("builder", T0);
        if (status == PlanStatus.IN_PROGRESS) {
            return p;
        }
        p.complete(null, "builder", T0);
        if (status == PlanStatus.COMPLETED) {
            return p;
        }
        p.accept("township", T0);
        if (status == PlanStatus.ACCEPTED) {
            return p;
        }
        p.settle("admin", T0);
        return p;
    }

    @Test
    void theAssessmentCopiesPricesAndAddsUpExactly() {
        Plan p = in(PlanStatus.ASSESSED);
        assertEquals(new BigDecimal("2160.00"), p.total());
        assertEquals(2, p.items().size());
        assertEquals(new BigDecimal("360.00"), p.items().get(0).amount());
        RAIL.change(new BigDecimal("999.00"), true, "admin", T0);
        try {
            assertEquals(new BigDecimal("180.00"), p.items().get(0).unitPrice(), "a later price change does not touch it");
        } finally {
            RAIL.change(new BigDecimal("180.00"), true, "admin", T0);
        }
    }

    @Test
    void approvalSplitsTheTotalIntoSubsidyAndSelfPay() {
        Plan p = in(PlanStatus.ASSESSED);
        p.approve(new BigDecimal("840.00"), CAP, 4, new BigDecimal("840.00"), 3L, "admin", T0);
        assertEquals(new BigDecimal("840.00"), p.subsidy());
        assertEquals(new BigDecimal("1320.00"), p.selfPay());
        assertEquals(4, p.capVersion());
        assertEquals(3L, p.contractorId());
    }

    @Test
    void aSubsidyAboveTheRemainingAllowanceOrTheTotalIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> in(PlanStatus.ASSESSED)
                .approve(new BigDecimal("900.00"), CAP, 1, new BigDecimal("840.00"), 3L, "admin", T0));
        assertThrows(IllegalArgumentException.class, () -> in(PlanStatus.ASSESSED)
                .approve(new BigDecimal("2160.01"), CAP, 1, CAP, 3L, "admin", T0));
    }

    @Test
    void anAssessmentNeedsItems() {
        DomainException e = assertThrows(DomainException.class, () -> plan().assess(Map.of(), null, "a", T0));
        assertEquals("renovation.items.required", e.messageKey());
    }

    @Test
    void sendingBackReturnsTheWorkToTheContractor() {
        Plan p = in(PlanStatus.COMPLETED);
        p.sendBack("扶手松动", "township", T0);
        assertEquals(PlanStatus.IN_PROGRESS, p.status());
        assertEquals("扶手松动", p.closingReason());
        p.complete("已加固", "builder", T0);
        assertEquals(PlanStatus.COMPLETED, p.status());
    }

    @Test
    void everyStepIsRefusedOutsideTheStatusesItFollows() {
        Map<String, Consumer<Plan>> steps = new LinkedHashMap<>();
        steps.put("assess", p -> p.assess(items(), null, "a", T0));
        steps.put("approve", p -> p.approve(BigDecimal.ZERO, CAP, 1, CAP, 3L, "a", T0));
        steps.put("reject", p -> p.reject("x", "a", T0));
        steps.put("start", p -> p.start("a", T0));
        steps.put("complete", p -> p.complete(null, "a", T0));
        steps.put("accept", p -> p.accept("a", T0));
        steps.put("sendBack", p -> p.sendBack("x", "a", T0));
        steps.put("settle", p -> p.settle("a", T0));
        Map<String, EnumSet<PlanStatus>> allowed = Map.of(
                "assess", EnumSet.of(PlanStatus.APPLIED, PlanStatus.ASSESSED),
                "approve", EnumSet.of(PlanStatus.ASSESSED),
                "reject", EnumSet.of(PlanStatus.APPLIED, PlanStatus.ASSESSED),
                "start", EnumSet.of(PlanStatus.APPROVED),
                "complete", EnumSet.of(PlanStatus.IN_PROGRESS),
                "accept", EnumSet.of(PlanStatus.COMPLETED),
                "sendBack", EnumSet.of(PlanStatus.COMPLETED),
                "settle", EnumSet.of(PlanStatus.ACCEPTED));
        for (PlanStatus status : PlanStatus.values()) {
            steps.forEach((name, step) -> {
                Plan p = in(status);
                if (allowed.get(name).contains(status)) {
                    step.accept(p);
                } else {
                    DomainException e = assertThrows(DomainException.class, () -> step.accept(p), name + " in " + status);
                    assertEquals(DomainException.Kind.CONFLICT, e.kind());
                    assertEquals(status, p.status(), "a refused step changes nothing");
                }
            });
        }
    }

    @Test
    void onlyApprovedAndLaterPlansHoldSubsidy() {
        assertEquals(EnumSet.of(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS, PlanStatus.COMPLETED, PlanStatus.ACCEPTED,
                PlanStatus.SETTLED), EnumSet.copyOf(java.util.Arrays.stream(PlanStatus.values())
                .filter(PlanStatus::holdsSubsidy).toList()));
    }
}
