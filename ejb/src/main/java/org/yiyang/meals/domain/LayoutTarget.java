package org.yiyang.meals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.domain.TrackedEntity;

/**
 * The county's layout plan (布局规划) for one township and site level: how many sites are planned, by which year.
 * One per township and level; setting it again replaces the figures.
 */
@Entity
@Table(name = "meals_layout_target")
public class LayoutTarget extends TrackedEntity {

    public static final int MAX_PLANNED = 1000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meals_layout_target_seq")
    @SequenceGenerator(name = "meals_layout_target_seq", sequenceName = "meals_layout_target_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "township_code", nullable = false, length = 12, updatable = false)
    private String townshipCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_level", nullable = false, length = 16, updatable = false)
    private MealSiteLevel level;

    @Column(name = "planned", nullable = false)
    private int planned;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    protected LayoutTarget() {
    }

    public LayoutTarget(String townshipCode, MealSiteLevel level, int planned, int targetYear, String by, Instant at) {
        super(by, at);
        this.townshipCode = townshipCode;
        this.level = level;
        check(planned, targetYear);
        this.planned = planned;
        this.targetYear = targetYear;
    }

    /** New figures for the same township and level. */
    public void set(int newPlanned, int newTargetYear, String by, Instant at) {
        check(newPlanned, newTargetYear);
        this.planned = newPlanned;
        this.targetYear = newTargetYear;
        touched(by, at);
    }

    private static void check(int planned, int targetYear) {
        if (planned < 0 || planned > MAX_PLANNED) {
            throw DomainException.invalid("planned", "meals.layout.planned.invalid", MAX_PLANNED);
        }
        if (targetYear < FIRST_YEAR || targetYear > LAST_YEAR) {
            throw DomainException.invalid("targetYear", "meals.layout.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
    }

    public Long id() {
        return id;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public MealSiteLevel level() {
        return level;
    }

    public int planned() {
        return planned;
    }

    public int targetYear() {
        return targetYear;
    }
}
