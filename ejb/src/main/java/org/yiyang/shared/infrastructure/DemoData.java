package org.yiyang.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;
import org.yiyang.elders.infrastructure.DemoRegister;
import org.yiyang.orders.infrastructure.DemoOrders;
import org.yiyang.renovation.infrastructure.DemoRenovations;
import org.yiyang.visits.infrastructure.DemoVisits;
import org.yiyang.tenancy.TenantScope;

/**
 * Loads the demo data when the server runs with {@code -Dyiyang.demo-data=true} (the run command does;
 * tests and production do not): a reproducible elder register for the two demo counties, and their demo
 * providers and orders, once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    public static final String PROPERTY = "yiyang.demo-data";
    /** Demo elders per county: 滨城区 and 惠民县. */
    static final Map<String, Integer> ELDERS = Map.of("371602", 3000, "371621", 2000);

    /** The realm's demo accounts of each county begin with these. */
    static final Map<String, String> PREFIXES = Map.of("371602", "bc", "371621", "hm");
    static final Map<String, String> NAMES = Map.of("371602", "滨城区", "371621", "惠民县");

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoRegister register;

    @Inject
    DemoOrders orders;

    @Inject
    DemoRenovations renovations;

    @Inject
    DemoVisits visits;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        ELDERS.forEach((county, count) -> {
            long t0 = System.nanoTime();
            int added = TenantScope.callForCounty(county, () -> register.seedIfEmpty(count));
            if (added > 0) {
                LOG.infof("Demo data: %d elders registered in %s in %d ms", added, county,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        });
        PREFIXES.forEach((county, prefix) -> {
            try {
                int made = TenantScope.callForCounty(county, () -> orders.seedIfEmpty(county, prefix, NAMES.get(county)));
                if (made > 0) {
                    LOG.infof("Demo data: 2 providers and %d orders in %s", made, county);
                }
            } catch (RuntimeException e) {
                // the platform is usable without demo orders; the log says why they are missing
                LOG.errorf(e, "Demo data: no demo providers and orders in %s", county);
            }
            try {
                int plans = TenantScope.callForCounty(county, () -> renovations.seedIfEmpty(county, prefix));
                if (plans > 0) {
                    LOG.infof("Demo data: %d renovation plans in %s", plans, county);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Demo data: no demo renovation plans in %s", county);
            }
            try {
                String township = county + "001000";
                int enrolled = TenantScope.callForCounty(county, () -> visits.seedIfEmpty(county, prefix, township));
                if (enrolled > 0) {
                    LOG.infof("Demo data: %d elders enrolled in regular visits in %s", enrolled, township);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Demo data: no demo visit enrolments in %s", county);
            }
        });
    }
}
