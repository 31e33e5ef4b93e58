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
import org.yiyang.tenancy.TenantScope;

/**
 * Loads the demo data when the server runs with {@code -Dyiyang.demo-data=true} (the run command does;
 * tests and production do not): a reproducible elder register for the two demo counties, once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    public static final String PROPERTY = "yiyang.demo-data";
    /** Demo elders per county: 滨城区 and 惠民县. */
    static final Map<String, Integer> ELDERS = Map.of("371602", 3000, "371621", 2000);

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoRegister register;

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
    }
}
