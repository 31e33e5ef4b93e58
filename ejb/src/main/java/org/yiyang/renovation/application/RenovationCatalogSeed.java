package org.yiyang.renovation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.yiyang.renovation.domain.CatalogItem;
import org.yiyang.renovation.domain.DefaultCatalog;
import org.yiyang.renovation.domain.PlanRepository;
import org.yiyang.tenancy.TenantScope;

/**
 * Gives the current county the default catalog, in a transaction of its own: two requests that seed at the
 * same moment cannot both succeed (the item codes are unique per county), and the loser uses the winner's.
 */
@Stateless
public class RenovationCatalogSeed {

    @Inject
    PlanRepository plans;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed() {
        if (!plans.catalog().isEmpty()) {
            return;
        }
        String by = TenantScope.requireCaller().username();
        Instant at = clock.instant();
        int order = 0;
        for (DefaultCatalog.Entry e : DefaultCatalog.ITEMS) {
            plans.store(new CatalogItem(e, order++, by, at));
        }
    }
}
