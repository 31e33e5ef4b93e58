package org.yiyang.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of meal assistance's follow-up, and their values in force in the current county. */
@ApplicationScoped
public class MealPolicies implements PolicyCatalog {

    /** After how many days without a meal an elder registered for daily meals goes on the follow-up list. */
    public static final PolicyKey<Integer> NO_SHOW_DAYS =
            new PolicyKey<>("meals.noShowDays", new PolicyType.Whole(1, 30), 3, "days");

    @Inject
    CountyPolicies policies;

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(NO_SHOW_DAYS);
    }

    /** The days without a meal that make a no-show, in force today. */
    public int noShowDays() {
        return policies.current(NO_SHOW_DAYS).value();
    }
}
