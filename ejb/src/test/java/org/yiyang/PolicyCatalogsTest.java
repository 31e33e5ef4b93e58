package org.yiyang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.elders.application.ElderPolicies;
import org.yiyang.orders.application.OrderPolicies;
import org.yiyang.renovation.application.RenovationPolicies;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.visits.application.VisitPolicies;

/** The contexts' policy catalogs together: every setting once, with a national default that survives storage. */
class PolicyCatalogsTest {

    static final PolicyKeys KEYS = PolicyKeys.of(List.of(new ElderPolicies(), new OrderPolicies(),
            new RenovationPolicies(), new VisitPolicies()));

    @Test
    void everySettingOfThePlatformIsDeclaredOnceWithItsNationalDefault() {
        assertEquals(List.of("elders.importRetentionDays", "orders.monthlyAllowance", "renovation.householdCap",
                        "visits.escalationDays", "visits.extremeWeatherHours", "visits.frequencyDays.blue",
                        "visits.frequencyDays.red", "visits.frequencyDays.yellow"),
                KEYS.all().stream().map(PolicyKey::key).toList());
        assertEquals(new BigDecimal("3000.00"), RenovationPolicies.HOUSEHOLD_CAP.nationalDefault(), "¥3000 per household");
        assertEquals(new BigDecimal("200.00"), OrderPolicies.MONTHLY_ALLOWANCE.nationalDefault());
        assertEquals(7, VisitPolicies.DAYS_RED.nationalDefault());
    }

    @Test
    void everyDefaultRoundTripsThroughItsStoredForm() {
        for (PolicyKey<?> k : KEYS.all()) {
            assertEquals(k, KEYS.byKey(k.key()).orElseThrow());
            roundTrip(k);
        }
    }

    private static <T> void roundTrip(PolicyKey<T> k) {
        assertEquals(k.nationalDefault(), k.type().parse(k.type().format(k.nationalDefault())), k.key());
    }
}
