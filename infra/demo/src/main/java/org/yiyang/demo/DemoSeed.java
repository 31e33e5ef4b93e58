package org.yiyang.demo;

/**
 * A context's demo data. Each context contributes its seed as a bean of this module; {@link DemoData} runs them in
 * {@link #order()} for each demo county, in that county's scope, and a seed that fails leaves the others (and the
 * platform) usable. Seeds use only the contexts' published application services, as people using the portal would.
 */
public interface DemoSeed {

    /** A demo county: its code and name, the prefix of its demo accounts in the realm, its register's size. */
    record DemoCounty(String code, String name, String accountPrefix, int elders) {
    }

    /** Lower first: the register before the providers and orders that use it. */
    int order();

    /**
     * Loads the context's demo data into the county unless it is there already.
     *
     * @return what was made, for the log ("" when nothing was)
     */
    String seed(DemoCounty county);
}
