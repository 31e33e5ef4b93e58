package org.yiyang.shared.infrastructure;

import java.util.function.ToIntFunction;
import org.jboss.logging.Logger;
import org.yiyang.tenancy.TenantScope;

/**
 * How a scheduled job does its work county by county: each county in its own tenant scope, a failing county logged
 * and left to the next firing while the others go on, and one log line for each county where something was done.
 */
public final class EachCounty {

    private EachCounty() {
    }

    /** Runs the work for each county; logs "{what} in {county}: {n}" where it did something. */
    public static void run(Iterable<String> counties, Logger log, String what, ToIntFunction<String> work) {
        for (String county : counties) {
            try {
                int n = TenantScope.callForCounty(county, () -> work.applyAsInt(county));
                if (n > 0) {
                    log.infof("%s in %s: %d", what, county, n);
                }
            } catch (RuntimeException e) {
                log.errorf(e, "%s in %s failed; the next firing catches up", what, county);
            }
        }
    }
}
