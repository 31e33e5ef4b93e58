package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yiyang.meals.domain.MealSplit;
import org.yiyang.meals.domain.SubsidySchedule;
import org.yiyang.meals.domain.SubsidyTable;
import org.yiyang.meals.domain.SubsidyTableRepository;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.AgeBand;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.EconomicStatus;
import org.yiyang.shared.domain.InForce;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.Caller;

/**
 * The county's meal subsidy table, versioned: the county administrator publishes a new version effective today or
 * later, with a reason; on a day the version in force then prices every meal ({@link InForce}). A county without a
 * table of its own has the national default ({@link SubsidySchedule#NATIONAL_DEFAULT}: 8.00 = elder 3.00 + county
 * 5.00 for every elder).
 */
@Stateless
public class SubsidyTables {

    @Inject
    SubsidyTableRepository tables;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The table in force on a day (today when empty). */
    public SubsidyTableView inForce(LocalDate on) {
        MealActions.requireReader();
        LocalDate day = on == null ? ChinaTime.today(clock) : on;
        return SubsidyTable.inForceOn(tables.versions(), day).map(MealViews::table)
                .orElseGet(() -> MealViews.table(SubsidySchedule.NATIONAL_DEFAULT, null));
    }

    /** Every version, newest first, and the national default last. */
    public List<SubsidyTableView> versions() {
        MealActions.requireReader();
        List<SubsidyTableView> all = new ArrayList<>(tables.versions().stream()
                .sorted(Comparator.comparingInt((SubsidyTable t) -> t.inForce().version()).reversed())
                .map(MealViews::table).toList());
        all.add(MealViews.table(SubsidySchedule.NATIONAL_DEFAULT, null));
        return all;
    }

    /** One version of the county's table (0: the national default). */
    public SubsidyTableView version(int version) {
        MealActions.requireReader();
        if (version == 0) {
            return MealViews.table(SubsidySchedule.NATIONAL_DEFAULT, null);
        }
        return tables.versions().stream().filter(t -> t.inForce().version() == version).findFirst()
                .map(MealViews::table)
                .orElseThrow(() -> DomainException.notFound("meals.subsidy.version.notFound", version));
    }

    /** Publishes a new version (county administrators). */
    public SubsidyTableView publish(NewSubsidyTable in) {
        Caller caller = MealActions.requireCountyAdmin("meals.subsidy.adminOnly");
        if (!InForce.mayTakeEffectOn(in.effectiveFrom(), clock.instant())) {
            throw DomainException.invalid("effectiveFrom", "policy.effectiveFrom.past");
        }
        String reason = in.reason() == null ? "" : in.reason().strip();
        if (reason.isEmpty() || reason.length() > Inputs.MAX_REASON) {
            throw DomainException.invalid("reason", "policy.reason.required", Inputs.MAX_REASON);
        }
        List<SubsidyTable> versions = tables.versions();
        SubsidySchedule schedule = SubsidySchedule.of(InForce.nextVersion(versions), money(in.price(), "price", false),
                rates(in.rows()));
        SubsidyTable table = new SubsidyTable(schedule, in.effectiveFrom(), reason, caller.username(),
                clock.instant());
        try {
            tables.store(table);
        } catch (PersistenceException concurrent) {
            throw DomainException.conflict("policy.concurrentChange");
        }
        audit.record("MEAL_SUBSIDY_TABLE_PUBLISHED", "mealSubsidyTable", schedule.version(), "v" + schedule.version()
                + ": " + schedule.price() + ", " + schedule.rates().size() + " rows from " + in.effectiveFrom()
                + " (" + reason + ")");
        return MealViews.table(table);
    }

    private static List<SubsidySchedule.Rate> rates(List<NewSubsidyTable.Row> rows) {
        List<SubsidySchedule.Rate> rates = new ArrayList<>();
        for (NewSubsidyTable.Row r : rows == null ? List.<NewSubsidyTable.Row>of() : rows) {
            if (r == null) {
                throw DomainException.invalid("rows", "meals.subsidy.row.incomplete");
            }
            rates.add(new SubsidySchedule.Rate(Inputs.parse(AgeBand.class, r.ageBand(), "ageBand"),
                    Inputs.parse(EconomicStatus.class, r.economicStatus(), "economicStatus"),
                    new MealSplit(money(r.elderPart(), "elderPart", false),
                            money(r.countySubsidy(), "countySubsidy", false), money(r.cityPart(), "cityPart", true),
                            money(r.charityPart(), "charityPart", true))));
        }
        return rates;
    }

    /** An amount of yuan with at most two decimals; an optional one is zero when empty. */
    private static Money money(BigDecimal amount, String field, boolean optional) {
        if (amount == null && optional) {
            return Money.ZERO;
        }
        if (!Money.isExact(amount)) {
            throw DomainException.invalid(field, "meals.subsidy.amount.invalid");
        }
        return Money.of(amount);
    }
}
