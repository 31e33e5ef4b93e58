package org.yiyang.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way to run work for a county: sets the tenant (and the caller) for the current thread and
 * restores what was there before in {@code finally}. Entry points (servlet filter, job listener, start-up
 * seeding) use it; nothing else writes the tenant.
 */
public final class TenantScope {

    /** Used by Hibernate when no county is set: matches no row, and its inserts fail the county foreign key. */
    public static final String NO_TENANT = "000000";

    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    @FunctionalInterface
    public interface VoidWork<E extends Exception> {
        void run() throws E;
    }

    public static boolean isCountyCode(String code) {
        return code != null && COUNTY_CODE.matcher(code).matches() && !NO_TENANT.equals(code);
    }

    /** Runs {@code work} as {@code caller}; the tenant is the caller's county (none for city officials). */
    public static <T, E extends Exception> T callAs(Caller caller, Work<T, E> work) throws E {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static <E extends Exception> void runAs(Caller caller, VoidWork<E> work) throws E {
        callAs(caller, () -> {
            work.run();
            return null;
        });
    }

    /** Runs system work (jobs, seeding) for one county. */
    public static <T, E extends Exception> T callForCounty(String county, Work<T, E> work) throws E {
        if (!isCountyCode(county)) {
            throw new IllegalArgumentException("not a county code: " + county);
        }
        return callAs(Caller.system(county), work);
    }

    public static <E extends Exception> void runForCounty(String county, VoidWork<E> work) throws E {
        callForCounty(county, () -> {
            work.run();
            return null;
        });
    }

    /** The county of the current unit of work, if any. */
    public static Optional<String> currentCounty() {
        Caller c = CURRENT.get();
        return c == null ? Optional.empty() : c.county();
    }

    /** The county of the current unit of work; fails when the work runs outside any county. */
    public static String requireCounty() {
        return currentCounty().orElseThrow(NoTenantException::new);
    }

    public static Optional<Caller> currentCaller() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Caller requireCaller() {
        Caller c = CURRENT.get();
        if (c == null) {
            throw new NoTenantException();
        }
        return c;
    }
}
