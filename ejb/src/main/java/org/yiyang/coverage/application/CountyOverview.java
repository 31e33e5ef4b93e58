package org.yiyang.coverage.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yiyang.elders.application.ElderDirectory;
import org.yiyang.shared.application.Access;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;

/** The home page of a county user. */
@Stateless
public class CountyOverview {

    @Inject
    CountyRegistry counties;

    @Inject
    PlaceDirectory places;

    @Inject
    ElderDirectory elders;

    public CountyOverviewView overview() {
        Caller caller = TenantScope.requireCaller();
        County county = caller.county().flatMap(counties::find)
                .orElseThrow(() -> DomainException.forbidden("access.forbidden"));
        Map<String, Long> villages = places.villages().stream()
                .collect(Collectors.groupingBy(Village::townshipCode, Collectors.counting()));
        List<TownshipSummary> townships = places.townships().stream()
                .map(t -> new TownshipSummary(t.code(), t.name(), t.kind().name(),
                        villages.getOrDefault(t.code(), 0L).intValue()))
                .toList();
        long elderCount = Access.mayUseRegistry(caller) ? elders.countInReach(caller) : -1;
        return new CountyOverviewView(county.code(), county.name(), county.cityName(), elderCount,
                townships);
    }
}
