package org.yiyang.elders.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of the elder register. */
@ApplicationScoped
public class ElderPolicies implements PolicyCatalog {

    /** Days an uploaded register file that was validated but never committed is kept before it is deleted. */
    public static final PolicyKey<Integer> IMPORT_RETENTION_DAYS =
            new PolicyKey<>("elders.importRetentionDays", new PolicyType.Whole(1, 90), 7, "days");

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(IMPORT_RETENTION_DAYS);
    }
}
