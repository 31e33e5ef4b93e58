package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiyang.meals.domain.LayoutProgress;
import org.yiyang.meals.domain.LayoutTarget;
import org.yiyang.meals.domain.MealSiteLevel;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.SiteCount;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;

/**
 * The county's layout plan of meal sites (布局规划): per township and level, the sites planned by a target year
 * against the sites built (open now). The county administrator sets the targets; township offices and grid workers
 * read their township's lines.
 */
@Stateless
public class MealLayout {

    @Inject
    MealSiteRepository sites;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every township and level with a target or an open site, by township and level. */
    public LayoutView layout() {
        Caller caller = MealActions.requireReader();
        Optional<String> own = scope.township(caller);
        Map<String, LayoutProgress> lines = new HashMap<>();
        for (LayoutTarget t : sites.targets()) {
            lines.put(key(t.townshipCode(), t.level()),
                    new LayoutProgress(t.townshipCode(), t.level(), t.planned(), 0, t.targetYear()));
        }
        for (SiteCount c : sites.counts(MealSiteStatus.OPEN)) {
            LayoutProgress p = lines.get(key(c.townshipCode(), c.level()));
            lines.put(key(c.townshipCode(), c.level()), p == null
                    ? new LayoutProgress(c.townshipCode(), c.level(), 0, c.count(), null)
                    : new LayoutProgress(p.townshipCode(), p.level(), p.planned(), c.count(), p.targetYear()));
        }
        List<LayoutProgress> shown = new ArrayList<>(lines.values().stream()
                .filter(p -> own.map(t -> t.equals(p.townshipCode())).orElse(true)).toList());
        shown.sort(Comparator.comparing(LayoutProgress::townshipCode).thenComparing(LayoutProgress::level));
        LayoutProgress total = new LayoutProgress(null, null, shown.stream().mapToInt(LayoutProgress::planned).sum(),
                shown.stream().mapToLong(LayoutProgress::built).sum(), null);
        return new LayoutView(shown.stream().map(this::row).toList(), total.planned(), total.built(), total.percent());
    }

    /** Whether the caller may set the plan's targets (the county administrator). */
    public boolean maySetTargets() {
        return MealActions.keepsSites(TenantScope.requireCaller());
    }

    /** Sets the target of a township and level (county administrators); replaces an earlier one. */
    public LayoutRowView setTarget(LayoutTargetInput in) {
        Caller caller = MealActions.requireCountyAdmin("meals.layout.adminOnly");
        String township = Inputs.blank(in.townshipCode());
        if (township == null) {
            throw DomainException.invalid("townshipCode", "meals.layout.township.required");
        }
        String code = township.strip();
        if (places.township(code).isEmpty()) {
            throw DomainException.invalid("townshipCode", "township.unknown", code);
        }
        MealSiteLevel level = Inputs.parse(MealSiteLevel.class, in.level(), "level");
        if (level == null) {
            throw DomainException.invalid("level", "meals.site.level.required");
        }
        if (in.planned() == null) {
            throw DomainException.invalid("planned", "meals.layout.planned.invalid", LayoutTarget.MAX_PLANNED);
        }
        if (in.targetYear() == null) {
            throw DomainException.invalid("targetYear", "meals.layout.year.invalid", LayoutTarget.FIRST_YEAR,
                    LayoutTarget.LAST_YEAR);
        }
        Optional<LayoutTarget> existing = sites.target(code, level);
        LayoutTarget target;
        if (existing.isPresent()) {
            target = existing.get();
            target.set(in.planned(), in.targetYear(), caller.username(), clock.instant());
        } else {
            target = new LayoutTarget(code, level, in.planned(), in.targetYear(), caller.username(), clock.instant());
            try {
                sites.store(target);
            } catch (PersistenceException concurrent) {
                throw DomainException.conflict("request.conflict");
            }
        }
        audit.record("MEAL_LAYOUT_TARGET_SET", "mealLayout", code + "/" + level,
                target.planned() + " by " + target.targetYear());
        long built = sites.counts(MealSiteStatus.OPEN).stream()
                .filter(c -> c.townshipCode().equals(code) && c.level() == level).mapToLong(SiteCount::count).sum();
        return row(new LayoutProgress(code, level, target.planned(), built, target.targetYear()));
    }

    private LayoutRowView row(LayoutProgress p) {
        return new LayoutRowView(p.townshipCode(), views.township(p.townshipCode()), p.level().name(), p.planned(),
                p.built(), p.percent(), p.targetYear());
    }

    private static String key(String township, MealSiteLevel level) {
        return township + "/" + level;
    }
}
