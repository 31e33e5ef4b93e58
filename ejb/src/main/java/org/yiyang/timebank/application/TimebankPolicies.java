package org.yiyang.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.yiyang.shared.application.CountyPolicies;
import org.yiyang.shared.domain.policy.PolicyCatalog;
import org.yiyang.shared.domain.policy.PolicyKey;
import org.yiyang.shared.domain.policy.PolicyType;
import org.yiyang.shared.domain.policy.PolicyValue;
import org.yiyang.timebank.domain.HoursRules;

/** The county policy settings of the time bank's hours, and the rules in force in the current county. */
@ApplicationScoped
public class TimebankPolicies implements PolicyCatalog {

    /** The most minutes credited to a volunteer for one day (China time). */
    public static final PolicyKey<Integer> MAX_MINUTES_PER_DAY = new PolicyKey<>("timebank.maxMinutesPerDay",
            new PolicyType.Whole(60, 1440), HoursRules.DEFAULTS.maxMinutesPerDay(), "minutes");

    /** The smallest hours entry, in minutes: nothing shorter (and never 0) is recorded. */
    public static final PolicyKey<Integer> MIN_ENTRY_MINUTES = new PolicyKey<>("timebank.minEntryMinutes",
            new PolicyType.Whole(1, 240), HoursRules.DEFAULTS.minEntryMinutes(), "minutes");

    @Inject
    CountyPolicies policies;

    @Override
    public List<PolicyKey<?>> keys() {
        return List.of(MAX_MINUTES_PER_DAY, MIN_ENTRY_MINUTES);
    }

    /** The hours rules in force today, with their versions. */
    public HoursRules rules() {
        PolicyValue<Integer> min = policies.current(MIN_ENTRY_MINUTES);
        PolicyValue<Integer> max = policies.current(MAX_MINUTES_PER_DAY);
        return new HoursRules(min.value(), max.value(), min.version(), max.version());
    }
}
