package org.yiyang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yiyang.meals.domain.CircleRadii;
import org.yiyang.meals.domain.CircleVillage;
import org.yiyang.meals.domain.ServiceCircle;
import org.yiyang.meals.domain.SitePoint;
import org.yiyang.meals.domain.VillageReach;

/**
 * The 15-minute service circle at the scale the issue names: 3,000 villages (a third urban) with 900,000 elders and 600
 * open sites in a county of 90 × 90 km, once spread evenly and once clustered around 40 towns as real sites are.
 * Times {@link ServiceCircle#of} (the computation behind {@code GET /meals/circle}, after its two reads) next to the
 * plain loop over every village and site. In memory, no server needed; figures, no pass/fail.
 */
class ServiceCircleBenchmark {

    static final int VILLAGES = 3_000;
    static final int SITES = 600;
    static final int ROUNDS = 30;
    static final CircleRadii RADII = new CircleRadii(1000, 2000);
    /** The centres of the 40 towns of the clustered layout. */
    static final double[][] TOWNS = towns();

    @Test
    void circleOfThreeThousandVillagesAndSixHundredSites() {
        Figures f = new Figures("service-circle");
        f.add(VILLAGES + " villages, " + SITES + " open sites, " + ROUNDS + " rounds after " + ROUNDS + " warm-up rounds");
        for (boolean clustered : new boolean[] {false, true}) {
            Random r = new Random(371603);
            List<SitePoint> sites = sites(r, clustered);
            List<CircleVillage> villages = villages(r, clustered);
            List<Double> sweep = new ArrayList<>();
            List<Double> loop = new ArrayList<>();
            ServiceCircle circle = null;
            long nearest = 0;
            double first = 0;
            for (int round = 0; round < 2 * ROUNDS; round++) {
                long t0 = System.nanoTime();
                circle = ServiceCircle.of(villages, sites, RADII);
                double swept = (System.nanoTime() - t0) / 1e6;
                if (round == 0) {
                    first = swept;
                }
                t0 = System.nanoTime();
                nearest = plainLoop(villages, sites);
                double looped = (System.nanoTime() - t0) / 1e6;
                if (round >= ROUNDS) {
                    sweep.add(swept);
                    loop.add(looped);
                }
            }
            assertEquals(nearest, circle.villages().stream().mapToLong(VillageReach::distanceMeters).sum(),
                    "the sweep finds what the plain loop finds");
            String layout = clustered ? "clustered around 40 towns" : "spread evenly";
            f.add(layout + ": covered " + circle.total().eldersCovered() + " of " + circle.total().elders()
                    + " elders (" + circle.total().eldersShare().orElseThrow() + "), special hardship "
                    + circle.total().specialHardshipShare().orElseThrow() + ", " + circle.uncovered().size()
                    + " villages outside every circle");
            f.add(layout + ", ServiceCircle.of (latitude sweep, figures, ranking): first run " + String.format("%.1f ms", first)
                    + ", then " + Figures.summary(sweep));
            f.add(layout + ", plain loop over all " + VILLAGES * SITES + " village-site pairs (nearest only): "
                    + Figures.summary(loop));
        }
        f.write();
    }

    /** The sum of every village's distance to its nearest site in whole metres, comparing every pair. */
    static long plainLoop(List<CircleVillage> villages, List<SitePoint> sites) {
        long sum = 0;
        for (CircleVillage v : villages) {
            double best = Double.POSITIVE_INFINITY;
            double lat = v.latitude().doubleValue();
            double lon = v.longitude().doubleValue();
            for (SitePoint s : sites) {
                best = Math.min(best, ServiceCircle.distanceMeters(lat, lon, s.latitude().doubleValue(),
                        s.longitude().doubleValue()));
            }
            sum += Math.round(best);
        }
        return sum;
    }

    static List<SitePoint> sites(Random r, boolean clustered) {
        List<SitePoint> sites = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            double[] p = point(r, clustered, 0.02);
            sites.add(new SitePoint(i + 1, "助餐点" + i, degrees(p[0]), degrees(p[1])));
        }
        return sites;
    }

    /** 3,000 villages, every third urban, with 50-550 elders each (900,000 on average), 5-35 % special hardship. */
    static List<CircleVillage> villages(Random r, boolean clustered) {
        List<CircleVillage> villages = new ArrayList<>();
        for (int i = 0; i < VILLAGES; i++) {
            double[] p = point(r, clustered, 0.06);
            long elders = 50 + r.nextInt(501);
            long hardship = elders * (5 + r.nextInt(31)) / 100;
            villages.add(new CircleVillage(String.format("371603%03d%03d", 100 + i / 300, 1 + i % 300), "村" + i,
                    String.format("371603%03d000", 100 + i / 300), i % 3 == 0, degrees(p[0]), degrees(p[1]), elders,
                    hardship));
        }
        return villages;
    }

    /** A point of a county of about 90 × 90 km around 37.7°N 118.1°E, evenly or near one of the town centres. */
    private static double[] point(Random r, boolean clustered, double spread) {
        if (!clustered) {
            return new double[] {37.3 + r.nextDouble() * 0.8, 117.6 + r.nextDouble() * 1.0};
        }
        double[] town = TOWNS[r.nextInt(TOWNS.length)];
        return new double[] {town[0] + r.nextGaussian() * spread, town[1] + r.nextGaussian() * spread};
    }

    private static double[][] towns() {
        Random r = new Random(40);
        double[][] towns = new double[40][];
        for (int i = 0; i < towns.length; i++) {
            towns[i] = new double[] {37.3 + r.nextDouble() * 0.8, 117.6 + r.nextDouble() * 1.0};
        }
        return towns;
    }

    private static BigDecimal degrees(double d) {
        return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP);
    }
}
