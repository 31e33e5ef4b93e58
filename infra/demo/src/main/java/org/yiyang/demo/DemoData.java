package org.yiyang.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.yiyang.demo.DemoSeed.DemoCounty;
import org.yiyang.tenancy.TenantScope;

/**
 * Loads the demo data once the business module has migrated the schema: every {@link DemoSeed} of this module, for
 * the two demo counties, once. This module exists only in the deployment {@code infra/run} assembles; the shipped
 * EAR carries no demo data and knows no demo account.
 */
@Singleton
@Startup
@DependsOn("yiyang-ejb.jar#DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    /** The demo counties: 滨城区 and 惠民县, whose demo accounts in the realm begin with bc- and hm-. */
    static final List<DemoCounty> COUNTIES = List.of(new DemoCounty("371602", "滨城区", "bc", 3000),
            new DemoCounty("371621", "惠民县", "hm", 2000));

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    @Any
    Instance<DemoSeed> seeds;

    @PostConstruct
    void load() {
        List<DemoSeed> ordered = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
        for (DemoCounty county : COUNTIES) {
            for (DemoSeed seed : ordered) {
                long t0 = System.nanoTime();
                try {
                    String made = TenantScope.callForCounty(county.code(), () -> seed.seed(county));
                    if (!made.isEmpty()) {
                        LOG.infof("Demo data in %s: %s (%d ms)", county.code(), made,
                                (System.nanoTime() - t0) / 1_000_000);
                    }
                } catch (RuntimeException e) {
                    // the platform is usable without this part of the demo data; the log says why it is missing
                    LOG.errorf(e, "Demo data: %s failed in %s", seed.getClass().getSimpleName(), county.code());
                }
            }
        }
    }
}
