package org.yiyang.coverage.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.yiyang.coverage.infrastructure.CountyFiguresStore;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.County;
import org.yiyang.tenancy.domain.CountyRegistry;

/** Coverage figures: kept up to date from the contexts' events, read by officials. */
@Stateless
public class CoverageFigures {

    @Inject
    CountyFiguresStore store;

    @Inject
    CountyRegistry counties;

    /** The counties of the calling city official's city with their figures, by county code. */
    public List<CountyFiguresView> countiesOfMyCity() {
        Caller caller = TenantScope.requireCaller();
        if (!caller.has(Role.CITY_OFFICIAL) || caller.city().isEmpty()) {
            throw DomainException.forbidden("access.forbidden");
        }
        List<County> mine = counties.countiesOfCity(caller.city().get());
        Map<String, Long> elders = store.elders(mine.stream().map(County::code).toList());
        return mine.stream()
                .map(c -> new CountyFiguresView(c.code(), c.name(), elders.getOrDefault(c.code(), 0L)))
                .toList();
    }

    /** Keeps the county's elder count, in the transaction that registered (or removed) elders. */
    public void eldersChanged(@jakarta.enterprise.event.Observes org.yiyang.elders.application.ElderCountChanged e) {
        if (e.delta() != 0) {
            store.addElders(e.county(), e.delta());
        }
    }
}
