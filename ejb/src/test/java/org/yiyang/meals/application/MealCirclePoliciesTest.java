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

/** The circle's radii: 1 km urban and 2 km rural by default, in metres, declared once beside the others' settings. */
class MealCirclePoliciesTest {

    @Test
    void theRadiiAreDeclaredWithTheirDefaultsInMetres() {
        assertEquals(List.of("meals.circleRadiusUrbanMeters", "meals.circleRadiusRuralMeters"),
                new MealCirclePolicies().keys().stream().map(PolicyKey::key).toList());
        assertEquals(1000, MealCirclePolicies.RADIUS_URBAN.nationalDefault());
        assertEquals(2000, MealCirclePolicies.RADIUS_RURAL.nationalDefault());
        assertEquals("meters", MealCirclePolicies.RADIUS_URBAN.unit());
        assertEquals("meters", MealCirclePolicies.RADIUS_RURAL.unit());
    }

    @Test
    void theyJoinTheOtherCatalogsWithoutClashAndRefuseRadiiOutOfBounds() {
        PolicyKeys keys = PolicyKeys.of(List.of(new ElderPolicies(), new OrderPolicies(), new RenovationPolicies(),
                new VisitPolicies(), new MealCirclePolicies()));
        assertEquals(MealCirclePolicies.RADIUS_URBAN, keys.byKey("meals.circleRadiusUrbanMeters").orElseThrow());
        assertEquals(1500, MealCirclePolicies.RADIUS_URBAN.type().parse("1500"));
        DomainException zero = assertThrows(DomainException.class, () -> MealCirclePolicies.RADIUS_RURAL.type().parse("0"));
        assertEquals("policy.integer.range", zero.messageKey());
    }
}
