package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.MealSiteRepository;
import org.yiyang.meals.domain.MealSiteSearch;
import org.yiyang.meals.domain.MealSiteStatus;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.meals.domain.SiteServingTotals;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.Caller;

/**
 * The county's monthly meal figures (本月统计) per site, by the meals' days: meals and subsidised meals, and the
 * sums the elders paid and the county, the city and charity bore. The bureau reads the county's, township offices
 * their township's.
 */
@Stateless
public class MealFigures {

    @Inject
    ServingRepository servings;

    @Inject
    MealSiteRepository sites;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    Clock clock;

    /** The figures of a month (this month when null). */
    public MonthFiguresView month(YearMonth month) {
        Caller caller = MealActions.requireFigureReader();
        YearMonth m = month == null ? ChinaTime.thisMonth(clock) : month;
        Optional<String> township = scope.township(caller);
        Map<Long, SiteServingTotals> totals = servings.totalsBySite(m.atDay(1), m.atEndOfMonth(), township).stream()
                .collect(Collectors.toMap(SiteServingTotals::siteId, Function.identity()));
        List<MealSite> shown = sites.search(new MealSiteSearch(township, Optional.empty(), Optional.empty(),
                        Optional.empty())).stream()
                .filter(s -> totals.containsKey(s.id()) || s.status() == MealSiteStatus.OPEN)
                .toList();
        List<SiteServingTotals> lines = shown.stream()
                .map(s -> totals.getOrDefault(s.id(), SiteServingTotals.none(s.id()))).toList();
        List<SiteFiguresView> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            rows.add(row(shown.get(i), lines.get(i)));
        }
        SiteServingTotals sum = lines.stream().reduce(SiteServingTotals.none(0), MealFigures::plus);
        String townshipName = township.map(views::township).orElse(null);
        SiteFiguresView total = new SiteFiguresView(null, null, null, null, township.orElse(null), townshipName,
                sum.servings(), sum.subsidised(), sum.elder().amount(), sum.county().amount(), sum.city().amount(),
                sum.charity().amount());
        return new MonthFiguresView(m, township.orElse(null), townshipName, List.copyOf(rows), total);
    }

    private SiteFiguresView row(MealSite s, SiteServingTotals t) {
        return new SiteFiguresView(s.id(), s.name(), s.type().name(), s.status().name(), s.townshipCode(),
                views.township(s.townshipCode()), t.servings(), t.subsidised(), t.elder().amount(),
                t.county().amount(), t.city().amount(), t.charity().amount());
    }

    private static SiteServingTotals plus(SiteServingTotals a, SiteServingTotals b) {
        return new SiteServingTotals(0, a.servings() + b.servings(), a.subsidised() + b.subsidised(),
                a.elder().plus(b.elder()), a.county().plus(b.county()), a.city().plus(b.city()),
                a.charity().plus(b.charity()));
    }
}
