package org.yiyang.shared.domain.policy;

import java.util.List;

/**
 * The county policy settings a context declares, with their national defaults. Each context contributes its catalog
 * as a CDI bean ({@code ElderPolicies}, {@code OrderPolicies}, {@code RenovationPolicies}, {@code VisitPolicies}, ...);
 * the policy service collects them, so adding a context edits nothing in shared.
 */
public interface PolicyCatalog {

    List<PolicyKey<?>> keys();
}
