package org.yiyang.meals.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiyang.shared.domain.InForce;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.domain.TenantScopedEntity;

/**
 * One version of a county's meal subsidy table, in force from a day on. Never changed: a new table is a new
 * version, and a serving records the version it was priced under.
 */
@Entity
@Table(name = "meals_subsidy_table")
public class SubsidyTable extends TenantScopedEntity implements InForce.Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_subsidy_table_seq")
    @SequenceGenerator(name = "meals_subsidy_table_seq", sequenceName = "meals_subsidy_table_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "price", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal price;

    @Embedded
    private InForce inForce;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meals_subsidy_rate", joinColumns = @JoinColumn(name = "table_id"))
    private List<SubsidyRate> rates = new ArrayList<>();

    protected SubsidyTable() {
    }

    /** The schedule as a new version (the schedule's version), effective from a day, with the reason. */
    public SubsidyTable(SubsidySchedule schedule, LocalDate effectiveFrom, String reason, String by, Instant at) {
        this.price = schedule.price().amount();
        this.inForce = new InForce(schedule.version(), effectiveFrom, reason, by, at);
        schedule.rates().forEach(r -> rates.add(new SubsidyRate(r)));
    }

    /** The county's version in force on a day, if any is effective by then (else the national default applies). */
    public static Optional<SubsidyTable> inForceOn(List<SubsidyTable> versions, LocalDate day) {
        return InForce.on(versions, day);
    }

    /** The schedule that prices the meals of a day: the county's version then in force, or the national default. */
    public static SubsidySchedule scheduleOn(List<SubsidyTable> versions, LocalDate day) {
        return inForceOn(versions, day).map(SubsidyTable::schedule).orElse(SubsidySchedule.NATIONAL_DEFAULT);
    }

    /** The table as the rules read it. */
    public SubsidySchedule schedule() {
        return SubsidySchedule.of(inForce.version(), Money.of(price), rates.stream().map(SubsidyRate::rate).toList());
    }

    public Long id() {
        return id;
    }

    @Override
    public InForce inForce() {
        return inForce;
    }
}
