package org.yiyang.meals.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 15-minute service circle (一刻钟服务圈) of a county or township: for every located village the straight-line
 * (great-circle, haversine) distance to the nearest open, located meal site, and whether that site is within the
 * village's radius (urban or rural; a village exactly on the radius is covered). Distances are whole metres, which is
 * what six-decimal coordinates and a radius in metres can tell apart. From that, the figures per township and for
 * the whole area, and the villages outside every circle ranked by their elders, for planning new sites.
 *
 * <p>The nearest site is found by a sweep over the sites sorted by latitude, outwards from the village's latitude,
 * stopping once the difference in latitude alone is farther than the best site found: exact, and far fewer
 * distances than villages × sites.
 */
public final class ServiceCircle {

    /** The mean radius of the earth (IUGG), in metres. */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** Planning order of the villages outside every circle: most elders, then most special-hardship elders, code. */
    static final Comparator<VillageReach> PLANNING_ORDER = Comparator
            .comparingLong((VillageReach r) -> r.village().elders()).reversed()
            .thenComparing(Comparator.comparingLong((VillageReach r) -> r.village().specialHardship()).reversed())
            .thenComparing(r -> r.village().code());

    private final List<VillageReach> villages;
    private final List<CircleVillage> unlocated;
    private final Map<String, CoverageShare> townships;
    private final CoverageShare total;
    private final int locatedSites;
    private final int sitesWithoutLocation;

    private ServiceCircle(List<VillageReach> villages, List<CircleVillage> unlocated,
                          Map<String, CoverageShare> townships, CoverageShare total, int locatedSites,
                          int sitesWithoutLocation) {
        this.villages = villages;
        this.unlocated = unlocated;
        this.townships = townships;
        this.total = total;
        this.locatedSites = locatedSites;
        this.sitesWithoutLocation = sitesWithoutLocation;
    }

    /** The circle of these villages around these open sites; sites without a location serve no circle. */
    public static ServiceCircle of(List<CircleVillage> villages, List<SitePoint> openSites, CircleRadii radii) {
        List<SitePoint> located = openSites.stream().filter(SitePoint::located).toList();
        SiteIndex index = new SiteIndex(located);
        List<VillageReach> reached = new ArrayList<>();
        List<CircleVillage> unlocated = new ArrayList<>();
        Map<String, Tally> byTownship = new TreeMap<>();
        Tally all = new Tally();
        for (CircleVillage v : villages) {
            Tally township = byTownship.computeIfAbsent(v.townshipCode(), t -> new Tally());
            if (!v.located()) {
                unlocated.add(v);
                township.unlocated(v);
                all.unlocated(v);
                continue;
            }
            VillageReach r = index.reach(v, radii.of(v.urban()));
            reached.add(r);
            township.located(r);
            all.located(r);
        }
        Map<String, CoverageShare> townships = new TreeMap<>();
        byTownship.forEach((code, t) -> townships.put(code, t.share()));
        return new ServiceCircle(List.copyOf(reached), List.copyOf(unlocated), Collections.unmodifiableMap(townships),
                all.share(), located.size(), openSites.size() - located.size());
    }

    /** The great-circle distance between two points given in degrees, in metres (haversine). */
    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        return meters(haversine(p1, Math.toRadians(lon1), Math.cos(p1), p2, Math.toRadians(lon2), Math.cos(p2)));
    }

    /** Every located village with its nearest site, in the order the villages were given. */
    public List<VillageReach> villages() {
        return villages;
    }

    /** The located villages outside every circle, most elders first (then most special-hardship elders, code). */
    public List<VillageReach> uncovered() {
        return villages.stream().filter(r -> !r.covered()).sorted(PLANNING_ORDER).toList();
    }

    /** The villages whose location is not set: outside the figures' shares, counted apart. */
    public List<CircleVillage> unlocated() {
        return unlocated;
    }

    /** The figures of each township that has villages, by township code. */
    public Map<String, CoverageShare> townships() {
        return townships;
    }

    /** The figures of all the villages given. */
    public CoverageShare total() {
        return total;
    }

    /** How many open sites have a location (and so a circle). */
    public int locatedSites() {
        return locatedSites;
    }

    /** How many open sites have no location recorded. */
    public int sitesWithoutLocation() {
        return sitesWithoutLocation;
    }

    /** sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2), of points in radians: grows with the distance. */
    static double haversine(double phi1, double lambda1, double cosPhi1, double phi2, double lambda2, double cosPhi2) {
        double dPhi = Math.sin((phi2 - phi1) / 2);
        double dLambda = Math.sin((lambda2 - lambda1) / 2);
        return dPhi * dPhi + cosPhi1 * cosPhi2 * dLambda * dLambda;
    }

    static double meters(double haversine) {
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(haversine)));
    }

    /** The located sites sorted by latitude (radians), for the sweep. */
    private static final class SiteIndex {

        private final SitePoint[] sites;
        private final double[] phi;
        private final double[] lambda;
        private final double[] cosPhi;

        SiteIndex(List<SitePoint> located) {
            sites = located.stream()
                    .sorted(Comparator.comparing(SitePoint::latitude).thenComparingLong(SitePoint::siteId))
                    .toArray(SitePoint[]::new);
            phi = new double[sites.length];
            lambda = new double[sites.length];
            cosPhi = new double[sites.length];
            for (int i = 0; i < sites.length; i++) {
                phi[i] = Math.toRadians(sites[i].latitude().doubleValue());
                lambda[i] = Math.toRadians(sites[i].longitude().doubleValue());
                cosPhi[i] = Math.cos(phi[i]);
            }
        }

        VillageReach reach(CircleVillage v, int radius) {
            double p = Math.toRadians(v.latitude().doubleValue());
            double l = Math.toRadians(v.longitude().doubleValue());
            double cosP = Math.cos(p);
            int hi = firstAtOrAbove(p);
            int lo = hi - 1;
            int best = -1;
            double bestH = Double.POSITIVE_INFINITY;
            while (lo >= 0 || hi < sites.length) {
                boolean up = lo < 0 || (hi < sites.length && phi[hi] - p <= p - phi[lo]);
                int i = up ? hi : lo;
                double s = Math.sin((phi[i] - p) / 2);
                if (s * s > bestH) {
                    break; // the latitude alone puts this site, and every one after it on both sides, farther away
                }
                double h = haversine(p, l, cosP, phi[i], lambda[i], cosPhi[i]);
                if (h < bestH || (h == bestH && sites[i].siteId() < sites[best].siteId())) {
                    bestH = h;
                    best = i;
                }
                if (up) {
                    hi++;
                } else {
                    lo--;
                }
            }
            if (best < 0) {
                return new VillageReach(v, null, null, radius, false);
            }
            long d = Math.round(meters(bestH));
            return new VillageReach(v, sites[best], d, radius, d <= radius);
        }

        private int firstAtOrAbove(double p) {
            int i = Arrays.binarySearch(phi, p);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && phi[i - 1] == p) {
                i--;
            }
            return i;
        }
    }

    /** The figures of an area, added up village by village. */
    private static final class Tally {

        private int villages;
        private int villagesCovered;
        private int villagesWithoutLocation;
        private long elders;
        private long eldersCovered;
        private long specialHardship;
        private long specialHardshipCovered;
        private long eldersWithoutLocation;

        void located(VillageReach r) {
            villages++;
            elders += r.village().elders();
            specialHardship += r.village().specialHardship();
            if (r.covered()) {
                villagesCovered++;
                eldersCovered += r.village().elders();
                specialHardshipCovered += r.village().specialHardship();
            }
        }

        void unlocated(CircleVillage v) {
            villagesWithoutLocation++;
            eldersWithoutLocation += v.elders();
        }

        CoverageShare share() {
            return new CoverageShare(villages, villagesCovered, villagesWithoutLocation, elders, eldersCovered,
                    specialHardship, specialHardshipCovered, eldersWithoutLocation);
        }
    }
}
