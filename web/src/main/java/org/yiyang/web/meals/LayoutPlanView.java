package org.yiyang.web.meals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.yiyang.elders.application.Places;
import org.yiyang.elders.application.TownshipView;
import org.yiyang.meals.application.LayoutRowView;
import org.yiyang.meals.application.LayoutTargetInput;
import org.yiyang.meals.application.LayoutView;
import org.yiyang.meals.application.MealLayout;
import org.yiyang.meals.domain.MealSiteLevel;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.web.faces.Faces;

/**
 * The county's layout plan of meal sites (布局规划, {@code ?township=} for one township): planned against built per
 * township and level, with the target year; the county administrator sets the targets. A township that is not the
 * county's answers 404.
 */
@Named
@ViewScoped
public class LayoutPlanView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MealLayout layout;

    @Inject
    transient Places places;

    @Inject
    Clock clock;

    private String township;
    private LayoutView plan;
    private List<TownshipView> townships = List.of();
    private boolean maySetTargets;
    private String targetTownship;
    private String targetLevel;
    private Integer targetPlanned;
    private Integer targetYear;

    public void load() {
        try {
            townships = places.townships();
            if (township != null && townships.stream().noneMatch(t -> t.code().equals(township))) {
                Faces.notFound();
                return;
            }
            plan = layout.layout();
            maySetTargets = layout.maySetTargets();
            targetYear = ChinaTime.today(clock).getYear() + 1;
        } catch (DomainException e) {
            Faces.show(e, null);
        }
    }

    /** Puts a line of the plan into the target form, to change it. */
    public void edit(LayoutRowView row) {
        targetTownship = row.townshipCode();
        targetLevel = row.level();
        targetPlanned = row.planned();
        if (row.targetYear() != null) {
            targetYear = row.targetYear();
        }
    }

    public void setTarget() {
        try {
            layout.setTarget(new LayoutTargetInput(targetTownship, targetLevel, targetPlanned, targetYear));
            plan = layout.layout();
            targetPlanned = null;
            Faces.info("meals.layout.targetSet");
        } catch (DomainException e) {
            Faces.show(e, "targetForm");
        }
    }

    /** The lines shown: every line of the plan, or those of the township asked for. */
    public List<LayoutRowView> getRows() {
        return plan == null ? List.of() : plan.rows().stream()
                .filter(r -> township == null || township.equals(r.townshipCode())).toList();
    }

    /** The progress bar's value: built as a percentage of planned, at most 100; 0 where nothing is planned. */
    public int bar(Integer percent) {
        return percent == null ? 0 : Math.min(100, percent);
    }

    public LayoutView getPlan() {
        return plan;
    }

    public List<TownshipView> getTownships() {
        return townships;
    }

    public List<String> getLevels() {
        return Arrays.stream(MealSiteLevel.values()).map(Enum::name).toList();
    }

    public boolean isMaySetTargets() {
        return maySetTargets;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township == null || township.isBlank() ? null : township.strip();
    }

    public String getTargetTownship() {
        return targetTownship;
    }

    public void setTargetTownship(String targetTownship) {
        this.targetTownship = targetTownship;
    }

    public String getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(String targetLevel) {
        this.targetLevel = targetLevel;
    }

    public Integer getTargetPlanned() {
        return targetPlanned;
    }

    public void setTargetPlanned(Integer targetPlanned) {
        this.targetPlanned = targetPlanned;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }
}
