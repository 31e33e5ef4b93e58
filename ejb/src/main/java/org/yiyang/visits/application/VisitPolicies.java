package org.yiyang.visits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyKeys;
import org.yiyang.visits.domain.VisitPolicy;

/** The current county's visit policy as now in force. */
@ApplicationScoped
public class VisitPolicies {

    @Inject
    CountyPolicies policies;

    public VisitPolicy current() {
        return new VisitPolicy(policies.current(PolicyKeys.VISIT_DAYS_RED).value(),
                policies.current(PolicyKeys.VISIT_DAYS_YELLOW).value(),
                policies.current(PolicyKeys.VISIT_DAYS_BLUE).value(),
                policies.current(PolicyKeys.VISIT_ESCALATION_DAYS).value());
    }

    public int extremeWeatherHours() {
        return policies.current(PolicyKeys.VISIT_EXTREME_WEATHER_HOURS).value();
    }
}
