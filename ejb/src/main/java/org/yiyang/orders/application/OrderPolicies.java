package org.yiyang.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of home-service orders. */
@ApplicationScoped
public class OrderPolicies implements PolicyCatalog {

    /** Monthly government-purchased service allowance of an eligible elder (yuan). */
    public static final PolicyKey<BigDecimal> MONTHLY_ALLOWANCE =
            new PolicyKey<>("orders.monthlyAllowance", new PolicyType.Money(new BigDecimal("10000")),
                    new BigDecimal("200.00"), "yuan");

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(MONTHLY_ALLOWANCE);
    }
}
