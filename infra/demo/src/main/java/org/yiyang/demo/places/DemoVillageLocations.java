package org.yiyang.demo.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.yiyang.demo.DemoCallers;
import org.yiyang.demo.DemoSeed;
import org.yiyang.elders.application.Places;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.tenancy.domain.PlaceDirectory;
import org.yiyang.tenancy.domain.Village;

/**
 * Where the demo villages of 滨城区 and 惠民县 are (approximate positions around each township's seat, WGS-84), set by
 * the county administrator through the places use case, so that the meal service circle has villages to measure.
 * Villages that have a location already keep it.
 */
@ApplicationScoped
public class DemoVillageLocations implements DemoSeed {

    /** Latitude and longitude of each demo village. */
    static final Map<String, String[]> LOCATIONS = Map.ofEntries(
            Map.entry("371602001001", new String[] {"37.382000", "117.970000"}),
            Map.entry("371602001002", new String[] {"37.386500", "117.976200"}),
            Map.entry("371602001003", new String[] {"37.377800", "117.965100"}),
            Map.entry("371602002012", new String[] {"37.376000", "117.942000"}),
            Map.entry("371602003201", new String[] {"37.405000", "117.960000"}),
            Map.entry("371602003202", new String[] {"37.399000", "117.951000"}),
            Map.entry("371602004004", new String[] {"37.375000", "118.005000"}),
            Map.entry("371602005001", new String[] {"37.420000", "118.020000"}),
            Map.entry("371602106340", new String[] {"37.331000", "118.162000"}),
            Map.entry("371602203250", new String[] {"37.520000", "118.100000"}),
            Map.entry("371621001025", new String[] {"37.489000", "117.509000"}),
            Map.entry("371621001026", new String[] {"37.493500", "117.515000"}),
            Map.entry("371621001332", new String[] {"37.505000", "117.490000"}),
            Map.entry("371621003310", new String[] {"37.460000", "117.530000"}),
            Map.entry("371621003311", new String[] {"37.468000", "117.542000"}),
            Map.entry("371621102277", new String[] {"37.360000", "117.420000"}),
            Map.entry("371621103001", new String[] {"37.390000", "117.620000"}),
            Map.entry("371621103268", new String[] {"37.385000", "117.628000"}),
            Map.entry("371621103269", new String[] {"37.378000", "117.610000"}));

    @Inject
    Places places;

    @Inject
    PlaceDirectory directory;

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String seed(DemoCounty county) {
        Caller admin = DemoCallers.of(county.accountPrefix() + "-admin", county.code(), Role.COUNTY_ADMIN);
        List<Village> villages = TenantScope.callAs(admin, directory::villages);
        int located = 0;
        for (Village v : villages) {
            String[] at = LOCATIONS.get(v.code());
            if (at != null && v.latitude().isEmpty()) {
                TenantScope.callAs(admin, () -> places.locateVillage(v.code(), new BigDecimal(at[0]),
                        new BigDecimal(at[1])));
                located++;
            }
        }
        return located == 0 ? "" : located + " villages located";
    }
}
