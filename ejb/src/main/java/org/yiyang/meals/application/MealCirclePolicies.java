package org.yiyang.meals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.meals.domain.CircleRadii;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;

/** The county policy settings of the meal-site service circle, and the radii in force in the current county. */
@ApplicationScoped
public class MealCirclePolicies implements PolicyCatalog {

    /** The radius of a site's circle around urban communities (about a 15-minute walk), in metres. */
    public static final PolicyKey<Integer> RADIUS_URBAN =
            new PolicyKey<>("meals.circleRadiusUrbanMeters", new PolicyType.Whole(100, 5000), 1000, "meters");

    /** The radius of a site's circle around rural villages, in metres. */
    public static final PolicyKey<Integer> RADIUS_RURAL =
            new PolicyKey<>("meals.circleRadiusRuralMeters", new PolicyType.Whole(100, 10000), 2000, "meters");

    @Inject
    CountyPolicies policies;

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(RADIUS_URBAN, RADIUS_RURAL);
    }

    /** The radii in force today. */
    public CircleRadii radii() {
        return new CircleRadii(policies.current(RADIUS_URBAN).value(), policies.current(RADIUS_RURAL).value());
    }
}
