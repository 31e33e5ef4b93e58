package org.yiyang.meals.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.yiyang.meals.domain.MealSite;
import org.yiyang.meals.domain.Serving;
import org.yiyang.meals.domain.ServingRepository;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.tenancy.Caller;

/** Reading the meal ledger: one entry, or a site's day with the count per meal period. */
@Stateless
public class ServingQueries {

    @Inject
    ServingRepository servings;

    @Inject
    MealScope scope;

    @Inject
    MealViews views;

    @Inject
    Clock clock;

    public ServingView serving(long id) {
        Caller caller = MealActions.requireReader();
        Serving s = scope.serving(caller, id);
        return views.serving(s, servings.reversalOf(id).isPresent());
    }

    /** A site's entries of a day (today when empty), in the order recorded, and the standing meals per period. */
    public ServingDayView day(long siteId, LocalDate day) {
        Caller caller = MealActions.requireReader();
        MealSite site = scope.site(caller, siteId);
        LocalDate d = day == null ? ChinaTime.today(clock) : day;
        List<Serving> entries = servings.ofSite(site.id(), d);
        Set<Long> reversed = servings.reversed(entries.stream().map(Serving::id).toList());
        return new ServingDayView(site.id(), site.name(), d, MealViews.counts(entries, reversed),
                entries.stream().map(s -> views.serving(s, reversed.contains(s.id()))).toList());
    }
}
