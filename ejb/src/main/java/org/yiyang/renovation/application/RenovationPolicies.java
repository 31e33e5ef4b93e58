package org.yiyang.renovation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of home renovations. */
@ApplicationScoped
public class RenovationPolicies implements PolicyCatalog {

    /** The most a household's renovation plans may be subsidised in all (yuan). */
    public static final PolicyKey<BigDecimal> HOUSEHOLD_CAP =
            new PolicyKey<>("renovation.householdCap", new PolicyType.Money(new BigDecimal("100000")),
                    new BigDecimal("3000.00"), "yuan");

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(HOUSEHOLD_CAP);
    }
}
