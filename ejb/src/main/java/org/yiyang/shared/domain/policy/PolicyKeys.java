package org.yiyang.shared.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Every county policy setting of the platform, with its national default. Services add theirs here. */
public final class PolicyKeys {

    /** The most a household's renovation plans may be subsidised in all (yuan). */
    public static final PolicyKey<BigDecimal> RENOVATION_HOUSEHOLD_CAP =
            new PolicyKey<>("renovation.householdCap", new PolicyType.Money(new BigDecimal("100000")),
                    new BigDecimal("3000.00"), "yuan");

    /** Visit frequency of red-tier elders (days). */
    public static final PolicyKey<Integer> VISIT_DAYS_RED =
            new PolicyKey<>("visits.frequencyDays.red", new PolicyType.Whole(1, 90), 7, "days");

    /** Visit frequency of yellow-tier elders (days). */
    public static final PolicyKey<Integer> VISIT_DAYS_YELLOW =
            new PolicyKey<>("visits.frequencyDays.yellow", new PolicyType.Whole(1, 180), 14, "days");

    /** Visit frequency of blue-tier elders (days). */
    public static final PolicyKey<Integer> VISIT_DAYS_BLUE =
            new PolicyKey<>("visits.frequencyDays.blue", new PolicyType.Whole(1, 365), 30, "days");

    /** Days a visit may be overdue before it escalates to township staff. */
    public static final PolicyKey<Integer> VISIT_ESCALATION_DAYS =
            new PolicyKey<>("visits.escalationDays", new PolicyType.Whole(0, 60), 3, "days");

    /** Within how many hours red-tier elders must be visited when an extreme-weather alert is declared. */
    public static final PolicyKey<Integer> VISIT_EXTREME_WEATHER_HOURS =
            new PolicyKey<>("visits.extremeWeatherHours", new PolicyType.Whole(1, 168), 24, "hours");

    /** Monthly government-purchased service allowance of an eligible elder (yuan). */
    public static final PolicyKey<BigDecimal> ORDER_MONTHLY_ALLOWANCE =
            new PolicyKey<>("orders.monthlyAllowance", new PolicyType.Money(new BigDecimal("10000")),
                    new BigDecimal("200.00"), "yuan");

    /** Days an uploaded register file that was validated but never committed is kept before it is deleted. */
    public static final PolicyKey<Integer> IMPORT_RETENTION_DAYS =
            new PolicyKey<>("elders.importRetentionDays", new PolicyType.Whole(1, 90), 7, "days");

    public static final List<PolicyKey<?>> ALL = List.of(RENOVATION_HOUSEHOLD_CAP, VISIT_DAYS_RED, VISIT_DAYS_YELLOW,
            VISIT_DAYS_BLUE, VISIT_ESCALATION_DAYS, VISIT_EXTREME_WEATHER_HOURS, ORDER_MONTHLY_ALLOWANCE,
            IMPORT_RETENTION_DAYS);

    private PolicyKeys() {
    }

    public static Optional<PolicyKey<?>> byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
