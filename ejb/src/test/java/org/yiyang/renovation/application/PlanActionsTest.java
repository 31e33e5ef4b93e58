package org.yiyang.renovation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.renovation.domain.ApplicantKind;
import org.yiyang.renovation.domain.CatalogCategory;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.Plan;
import org.yiyang.renovation.domain.PlanAction;
import org.yiyang.renovation.domain.PlanStatus;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;

/** Which steps each role may take on a plan in each status: the step's owner, and only from its statuses. */
class PlanActionsTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final BigDecimal CAP = new BigDecimal("3000.00");

    static Caller caller(Role... roles) {
        Optional<String> township = Set.of(roles).contains(Role.TOWNSHIP_STAFF)
                || Set.of(roles).contains(Role.VILLAGE_ASSISTANT) ? Optional.of("371602001000") : Optional.empty();
        return new Caller("u", "u", Set.of(roles), Optional.of("371602"), Optional.empty(), township,
                Optional.of("371602-P01"));
    }

    /** A plan brought to the given status by the regular steps. */
    static Plan in(PlanStatus status) {
        Plan p = new Plan(5L, 7L, "371602001000", ApplicantKind.FAMILY, null, null, null, "assistant", T0);
        if (status == PlanStatus.APPLIED) {
            return p;
        }
        if (status == PlanStatus.REJECTED) {
            p.reject("不符合条件", "admin", T0);
            return p;
        }
        p.assess(Map.of(new CatalogItem("B01", CatalogCategory.BATHROOM, "卫生间扶手", "L型扶手", "个",
                new BigDecimal("180.00"), true, 0, "system", T0), 2), null, "assessor", T0);
        List<PlanStatus> path = List.of(PlanStatus.ASSESSED, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS,
                PlanStatus.COMPLETED, PlanStatus.ACCEPTED, PlanStatus.SETTLED);
        for (PlanStatus next : path.subList(1, path.indexOf(status) + 1)) {
            switch (next) {
                case APPROVED -> p.approve(p.total(), CAP, 1, CAP, 3L, "admin", T0);
                case IN_PROGRESS -> p.start("builder", T0);
                case COMPLETED -> p.complete(null, "builder", T0);
                case ACCEPTED -> p.accept("township", T0);
                default -> p.settle("admin", T0);
            }
        }
        assertEquals(status, p.status());
        return p;
    }

    @Test
    void eachRoleMayTakeItsOwnStepsInTheirStatusesOnly() {
        Map<Role, Map<PlanStatus, Set<PlanAction>>> expected = Map.of(
                Role.COUNTY_ADMIN, Map.of(
                        PlanStatus.APPLIED, EnumSet.of(PlanAction.ASSESS, PlanAction.PHOTO_ASSESSMENT, PlanAction.REJECT),
                        PlanStatus.ASSESSED, EnumSet.of(PlanAction.ASSESS, PlanAction.PHOTO_ASSESSMENT,
                                PlanAction.APPROVE, PlanAction.REJECT),
                        PlanStatus.ACCEPTED, EnumSet.of(PlanAction.SETTLE)),
                Role.COUNTY_STAFF, Map.of(
                        PlanStatus.APPLIED, EnumSet.of(PlanAction.ASSESS, PlanAction.PHOTO_ASSESSMENT),
                        PlanStatus.ASSESSED, EnumSet.of(PlanAction.ASSESS, PlanAction.PHOTO_ASSESSMENT)),
                Role.TOWNSHIP_STAFF, Map.of(
                        PlanStatus.COMPLETED, EnumSet.of(PlanAction.ACCEPT, PlanAction.SEND_BACK)),
                Role.VILLAGE_ASSISTANT, Map.of(),
                Role.PROVIDER_ADMIN, Map.of(
                        PlanStatus.APPROVED, EnumSet.of(PlanAction.START, PlanAction.PHOTO_BEFORE),
                        PlanStatus.IN_PROGRESS, EnumSet.of(PlanAction.COMPLETE, PlanAction.PHOTO_BEFORE,
                                PlanAction.PHOTO_AFTER)));
        expected.forEach((role, byStatus) -> {
            for (PlanStatus status : PlanStatus.values()) {
                assertEquals(byStatus.getOrDefault(status, Set.of()), PlanActions.allowed(caller(role), in(status)),
                        role + " in " + status);
            }
        });
        assertEquals(expected.get(Role.PROVIDER_ADMIN).get(PlanStatus.IN_PROGRESS),
                PlanActions.allowed(caller(Role.PROVIDER_STAFF), in(PlanStatus.IN_PROGRESS)));
    }

    @Test
    void theCountyBureauIsNeverTheContractorNorTheTownship() {
        assertEquals(EnumSet.noneOf(PlanAction.class), PlanActions.allowed(caller(Role.COUNTY_STAFF,
                Role.PROVIDER_ADMIN, Role.TOWNSHIP_STAFF), in(PlanStatus.COMPLETED)));
        assertEquals(EnumSet.noneOf(PlanAction.class), PlanActions.allowed(caller(Role.VILLAGE_ASSISTANT,
                Role.PROVIDER_ADMIN), in(PlanStatus.APPROVED)), "a grid worker's account is the township's");
    }
}
