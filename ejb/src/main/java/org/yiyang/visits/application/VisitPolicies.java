package org.yiyang.visits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;
import org.yiyang.visits.domain.VisitPolicy;

/** The county policy settings of regular visits, and the current county's visit policy as now in force. */
@ApplicationScoped
public class VisitPolicies implements PolicyCatalog {

    /** Visit frequency of red-tier elders (days). */
    public static final PolicyKey<Integer> DAYS_RED =
            new PolicyKey<>("visits.frequencyDays.red", new PolicyType.Whole(1, 90), 7, "days");

    /** Visit frequency of yellow-tier elders (days). */
    public static final PolicyKey<Integer> DAYS_YELLOW =
            new PolicyKey<>("visits.frequencyDays.yellow", new PolicyType.Whole(1, 180), 14, "days");

    /** Visit frequency of blue-tier elders (days). */
    public static final PolicyKey<Integer> DAYS_BLUE =
            new PolicyKey<>("visits.frequencyDays.blue", new PolicyType.Whole(1, 365), 30, "days");

    /** Days a visit may be overdue before it escalates to township staff. */
    public static final PolicyKey<Integer> ESCALATION_DAYS =
            new PolicyKey<>("visits.escalationDays", new PolicyType.Whole(0, 60), 3, "days");

    /** Within how many hours red-tier elders must be visited when an extreme-weather alert is declared. */
    public static final PolicyKey<Integer> EXTREME_WEATHER_HOURS =
            new PolicyKey<>("visits.extremeWeatherHours", new PolicyType.Whole(1, 168), 24, "hours");

    @Inject
    CountyPolicies policies;

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(DAYS_RED, DAYS_YELLOW, DAYS_BLUE, ESCALATION_DAYS, EXTREME_WEATHER_HOURS);
    }

    public VisitPolicy current() {
        return new VisitPolicy(policies.current(DAYS_RED).value(), policies.current(DAYS_YELLOW).value(),
                policies.current(DAYS_BLUE).value(), policies.current(ESCALATION_DAYS).value());
    }

    public int extremeWeatherHours() {
        return policies.current(EXTREME_WEATHER_HOURS).value();
    }
}
