package org.yiyang.meals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.elders.application.ElderPolicies;
import org.yiyang.orders.application.OrderPolicies;
import org.yiyang.renovation.application.RenovationPolicies;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.visits.application.VisitPolicies;

/** The no-show days: three by default, declared beside the circle's radii and the other contexts' settings. */
class MealPoliciesTest {

    @Test
    void theNoShowDaysAreThreeByDefault() {
        assertEquals(List.of("meals.noShowDays"), new MealPolicies().keys().stream().map(PolicyKey::key).toList());
        assertEquals(3, MealPolicies.NO_SHOW_DAYS.nationalDefault());
        assertEquals("days", MealPolicies.NO_SHOW_DAYS.unit());
    }

    @Test
    void theyJoinTheOtherCatalogsWithoutClashAndRefuseDaysOutOfBounds() {
        PolicyKeys keys = PolicyKeys.of(List.of(new ElderPolicies(), new OrderPolicies(), new RenovationPolicies(),
                new VisitPolicies(), new MealCirclePolicies(), new MealPolicies()));
        assertEquals(MealPolicies.NO_SHOW_DAYS, keys.byKey("meals.noShowDays").orElseThrow());
        assertEquals(MealCirclePolicies.RADIUS_URBAN, keys.byKey("meals.circleRadiusUrbanMeters").orElseThrow());
        assertEquals(7, MealPolicies.NO_SHOW_DAYS.type().parse("7"));
        DomainException zero = assertThrows(DomainException.class, () -> MealPolicies.NO_SHOW_DAYS.type().parse("0"));
        assertEquals("policy.integer.range", zero.messageKey());
    }
}
