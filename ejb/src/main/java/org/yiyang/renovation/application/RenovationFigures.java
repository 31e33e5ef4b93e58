package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;

/** The county's renovation figures per township and month; township staff see their township only. */
@Stateless
public class RenovationFigures {

    @Inject
    PlanRepository plans;

    @Inject
    RenovationViews views;

    /**
     * Applications, completions, subsidy approved and subsidy spent per township and month (Beijing time), from
     * month {@code from} to {@code to} inclusive, at most five years.
     */
    public List<FigureRow> figures(YearMonth from, YearMonth to) {
        Caller caller = Access.requireCountyRole(PlanScope.APPLICANTS);
        if (from == null || to == null || from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw DomainException.invalid("from", "renovation.figures.range");
        }
        Optional<String> township = Access.countyWide(caller) ? Optional.empty()
                : Optional.of(PlanScope.ownTownship(caller));
        return plans.figures(TenantScope.requireCounty(), from, to, township).stream()
                .map(f -> new FigureRow(f.townshipCode(), views.township(f.townshipCode()), f.month(),
                        f.applications(), f.completed(), f.approved().amount(), f.spent().amount()))
                .toList();
    }
}
