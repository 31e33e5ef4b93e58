package org.yiyang.meals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiyang.meals.domain.MealPeriod;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteAction;
import org.yiyang.meals.domain.MealSiteLevel;
import org.yiyang.meals.domain.MealSiteType;
import org.yiyang.meals.domain.SiteDetails;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/** Who may take which step on a meal site in its status, and who records meals. */
class MealActionsTest {

    static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");
    static final String COUNTY = "371602";
    static final long OPERATOR = 7L;

    static Caller caller(Role role) {
        return new Caller("u", "u", Set.of(role), Optional.of(COUNTY), Optional.empty(),
                role == Role.TOWNSHIP_STAFF || role == Role.VILLAGE_ASSISTANT ? Optional.of("371602001000")
                        : Optional.empty(),
                role == Role.PROVIDER_ADMIN || role == Role.PROVIDER_STAFF ? Optional.of(COUNTY + "-P01")
                        : Optional.empty());
    }

    static MealSite site() {
        return new MealSite(SiteDetails.of(MealSiteType.ELDER_TABLE, MealSiteLevel.RESIDENTIAL, "老年餐桌", OPERATOR,
                null, "371602001001", "371602001000", new BigDecimal("37.38"), new BigDecimal("118.01"), 30,
                EnumSet.of(MealPeriod.LUNCH), false, null), "admin", AT);
    }

    @Test
    void theCountyAdministratorKeepsSitesAndTheOperatorServesAtOpenOnes() {
        MealSite s = site();
        assertEquals(EnumSet.of(MealSiteAction.EDIT, MealSiteAction.OPEN, MealSiteAction.CLOSE),
                MealActions.allowed(caller(Role.COUNTY_ADMIN), Optional.empty(), s));
        assertEquals(Set.of(), MealActions.allowed(caller(Role.PROVIDER_STAFF), Optional.of(OPERATOR), s),
                "a planned site serves nothing");
        s.take(MealSiteAction.OPEN, LocalDate.of(2026, 11, 23), "admin", AT);
        assertEquals(EnumSet.of(MealSiteAction.EDIT, MealSiteAction.SUSPEND, MealSiteAction.CLOSE),
                MealActions.allowed(caller(Role.COUNTY_ADMIN), Optional.empty(), s));
        for (Role r : new Role[] {Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF}) {
            assertEquals(EnumSet.of(MealSiteAction.SERVE), MealActions.allowed(caller(r), Optional.of(OPERATOR), s));
            assertEquals(Set.of(), MealActions.allowed(caller(r), Optional.of(OPERATOR + 1), s), "another operator");
        }
        for (Role r : new Role[] {Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT, Role.VOLUNTEER}) {
            assertEquals(Set.of(), MealActions.allowed(caller(r), Optional.empty(), s), r.name());
        }
    }

    @Test
    void onlyOperatorsRecordMealsAndOnlyRegistryUsersRegisterElders() {
        TenantScope.runAs(caller(Role.PROVIDER_STAFF),
                () -> assertEquals("u", MealActions.requireOperator().username()));
        for (Role r : new Role[] {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF, Role.VOLUNTEER}) {
            TenantScope.runAs(caller(r), () -> assertEquals("meals.serving.operatorOnly",
                    assertThrows(DomainException.class, MealActions::requireOperator).messageKey(), r.name()));
        }
        Caller bureauWithProviderRole = new Caller("b", "b", Set.of(Role.COUNTY_STAFF, Role.PROVIDER_STAFF),
                Optional.of(COUNTY), Optional.empty(), Optional.empty(), Optional.of(COUNTY + "-P01"));
        assertFalse(MealActions.isOperator(bureauWithProviderRole), "a bureau account is the bureau");
        TenantScope.runAs(caller(Role.VILLAGE_ASSISTANT), () -> MealActions.requireRegistrar());
        TenantScope.runAs(caller(Role.PROVIDER_ADMIN), () -> assertEquals("meals.registration.registryOnly",
                assertThrows(DomainException.class, MealActions::requireRegistrar).messageKey()));
        assertTrue(MealActions.keepsSites(caller(Role.COUNTY_ADMIN)));
        assertFalse(MealActions.keepsSites(caller(Role.COUNTY_STAFF)));
    }

    @Test
    void theBureauAndTownshipOfficesReadTheMonthlyFigures() {
        for (Role r : new Role[] {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.TOWNSHIP_STAFF}) {
            TenantScope.runAs(caller(r), () -> assertEquals("u", MealActions.requireFigureReader().username()));
        }
        for (Role r : new Role[] {Role.VILLAGE_ASSISTANT, Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF, Role.VOLUNTEER}) {
            TenantScope.runAs(caller(r), () -> assertEquals(DomainException.Kind.FORBIDDEN,
                    assertThrows(DomainException.class, MealActions::requireFigureReader).kind(), r.name()));
        }
    }

    @Test
    void theAdministratorSettlesRegistryUsersBookAndTheBureauAndTownshipsFollowUp() {
        TenantScope.runAs(caller(Role.COUNTY_ADMIN), () -> MealActions.requireSettler());
        for (Role r : new Role[] {Role.COUNTY_STAFF, Role.PROVIDER_ADMIN, Role.TOWNSHIP_STAFF}) {
            TenantScope.runAs(caller(r), () -> assertEquals("meals.settlement.adminOnly",
                    assertThrows(DomainException.class, MealActions::requireSettler).messageKey(), r.name()));
        }
        for (Role r : new Role[] {Role.COUNTY_ADMIN, Role.COUNTY_STAFF, Role.PROVIDER_ADMIN}) {
            TenantScope.runAs(caller(r), () -> MealActions.requireSettlementReader());
        }
        for (Role r : new Role[] {Role.PROVIDER_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_ASSISTANT}) {
            TenantScope.runAs(caller(r), () -> assertEquals("meals.settlement.readersOnly",
                    assertThrows(DomainException.class, MealActions::requireSettlementReader).messageKey(), r.name()));
        }
        TenantScope.runAs(caller(Role.VILLAGE_ASSISTANT), () -> MealActions.requireBooker());
        TenantScope.runAs(caller(Role.PROVIDER_STAFF), () -> assertEquals("meals.booking.registryOnly",
                assertThrows(DomainException.class, MealActions::requireBooker).messageKey()));
        TenantScope.runAs(caller(Role.TOWNSHIP_STAFF), () -> MealActions.requireFollowerUp());
        for (Role r : new Role[] {Role.VILLAGE_ASSISTANT, Role.PROVIDER_ADMIN}) {
            TenantScope.runAs(caller(r), () -> assertEquals("meals.noShow.followUpOnly",
                    assertThrows(DomainException.class, MealActions::requireFollowerUp).messageKey(), r.name()));
        }
    }
}
