package org.yiyang.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of the time bank's ledger, and their values in force in the current county. */
@ApplicationScoped
public class LedgerPolicies implements PolicyCatalog {

    /** After how many months banked hours expire (0: never). */
    public static final PolicyKey<Integer> HOURS_EXPIRE_AFTER_MONTHS =
            new PolicyKey<>("timebank.hoursExpireAfterMonths", new PolicyType.Whole(0, 240), 0, "months");

    @Inject
    CountyPolicies policies;

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(HOURS_EXPIRE_AFTER_MONTHS);
    }

    /** The months after which banked hours expire, in force today; 0 when they never do. */
    public int hoursExpireAfterMonths() {
        return policies.current(HOURS_EXPIRE_AFTER_MONTHS).value();
    }
}
