package org.yiyang.coverage.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.yiyang.coverage.infrastructure.CountyFiguresStore;
import org.yiyang.coverage.infrastructure.MonthlyActivityStore;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.ChinaTime;
import org.yiyang.shared.domain.Money;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/** Coverage figures of the counties of a city, kept up to date from the contexts' events, read by city officials. */
@Stateless
public class CoverageFigures {

    @Inject
    CountyFiguresStore store;

    @Inject
    MonthlyActivityStore activity;

    @Inject
    CountyRegistry counties;

    @Inject
    Clock clock;

    /** The counties of the calling city official's city with their figures (this China month's activity). */
    public List<CountyFiguresView> countiesOfMyCity() {
        Caller caller = Access.requireCityOfficial();
        List<County> mine = counties.countiesOfCity(caller.city().orElseThrow());
        List<String> codes = mine.stream().map(County::code).toList();
        Map<String, Long> elders = store.elders(codes);
        YearMonth month = ChinaTime.thisMonth(clock);
        Map<String, MonthlyActivityStore.Activity> done = activity.of(codes, month);
        return mine.stream()
                .map(c -> {
                    MonthlyActivityStore.Activity a = done.getOrDefault(c.code(), MonthlyActivityStore.Activity.NONE);
                    return new CountyFiguresView(c.code(), c.name(), elders.getOrDefault(c.code(), 0L),
                            month.toString(), a.ordersCompleted(), a.plansApproved(), Money.exact(a.subsidyApproved()),
                            a.visitsRecorded());
                })
                .toList();
    }
}
