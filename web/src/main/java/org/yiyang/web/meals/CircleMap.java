package org.yiyang.web.meals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.yiyang.meals.application.CircleSiteView;
import org.yiyang.meals.application.CircleVillageView;
import org.yiyang.meals.domain.ServiceCircle;

/**
 * The service circle drawn as an inline SVG, without any map tiles: villages and sites placed by a simple
 * equirectangular projection of their coordinates (east–west shrunk by the cosine of the middle latitude), so that a
 * radius in metres is a circle of the same size anywhere on the map. The area is that of the villages (of the sites
 * when no village is located), with a margin of the urban radius all round; sites outside it are cut off at the edge.
 * Units are those of the SVG's view box, {@value #WIDTH} wide at most and {@value #MAX_HEIGHT} high at most.
 */
public final class CircleMap implements Serializable {
    private static final long serialVersionUID = 1L;

    static final double WIDTH = 1000;
    static final double MAX_HEIGHT = 700;
    private static final double METERS_PER_DEGREE = Math.PI / 180 * ServiceCircle.EARTH_RADIUS_METERS;

    /** A located village on the map; {@code covered} false marks it as outside every circle. */
    public record Dot(String code, String name, String townshipName, double x, double y, boolean covered, long elders,
                      long specialHardship, String nearestSiteName, Long distanceMeters) implements Serializable {
    }

    /** An open site on the map with the radii of its circle for urban communities and for rural villages. */
    public record Centre(long siteId, String name, double x, double y, double urbanRadius, double ruralRadius)
            implements Serializable {
    }

    /** A bar of a round length in metres from {@code x} to {@code end}, for reading distances off the map. */
    public record ScaleBar(double x, double y, double end, int meters) implements Serializable {
    }

    private final double width;
    private final double height;
    private final List<Dot> dots;
    private final List<Centre> centres;
    private final ScaleBar scaleBar;

    private CircleMap(double width, double height, List<Dot> dots, List<Centre> centres, ScaleBar scaleBar) {
        this.width = width;
        this.height = height;
        this.dots = dots;
        this.centres = centres;
        this.scaleBar = scaleBar;
    }

    /** The map of these villages and sites under the radii; empty when nothing has a location. */
    public static CircleMap of(List<CircleVillageView> villages, List<CircleSiteView> sites, int urbanMeters,
                               int ruralMeters) {
        // the villages and the sites with room for the widest circle, so that no circle is cut at the edge
        List<double[]> points = new java.util.ArrayList<>();
        villages.forEach(v -> points.add(new double[] {deg(v.latitude()), deg(v.longitude())}));
        sites.forEach(s -> points.add(new double[] {deg(s.latitude()), deg(s.longitude())}));
        Bounds b = Bounds.of(points);
        if (b == null) {
            return new CircleMap(WIDTH, 0, List.of(), List.of(), null);
        }
        double margin = Math.max(urbanMeters, ruralMeters);
        double perLon = METERS_PER_DEGREE * Math.cos(Math.toRadians((b.minLat + b.maxLat) / 2));
        double spanX = (b.maxLon - b.minLon) * perLon + 2 * margin;
        double spanY = (b.maxLat - b.minLat) * METERS_PER_DEGREE + 2 * margin;
        double scale = Math.min(WIDTH / spanX, MAX_HEIGHT / spanY);
        Projection p = (lat, lon) -> new double[] {
            round((margin + (lon - b.minLon) * perLon) * scale),
            round((margin + (b.maxLat - lat) * METERS_PER_DEGREE) * scale)};
        List<Dot> dots = villages.stream().map(v -> {
            double[] xy = p.at(deg(v.latitude()), deg(v.longitude()));
            return new Dot(v.code(), v.name(), v.townshipName(), xy[0], xy[1], v.covered(), v.elders(),
                    v.specialHardship(), v.nearestSiteName(), v.distanceMeters());
        }).toList();
        List<Centre> centres = sites.stream().map(s -> {
            double[] xy = p.at(deg(s.latitude()), deg(s.longitude()));
            return new Centre(s.siteId(), s.name(), xy[0], xy[1], round(urbanMeters * scale),
                    round(ruralMeters * scale));
        }).toList();
        double width = round(spanX * scale);
        double height = round(spanY * scale);
        return new CircleMap(width, height, dots, centres, scaleBar(width, height, scale));
    }

    /** A bar of 1, 2 or 5 times a power of ten metres, about a fifth of the map's width, at its lower left. */
    static ScaleBar scaleBar(double width, double height, double scale) {
        double target = width / 5 / scale;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        int meters = (int) (target >= 5 * power ? 5 * power : target >= 2 * power ? 2 * power : power);
        double x = 12;
        return new ScaleBar(x, round(height - 14), round(x + meters * scale), Math.max(1, meters));
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }

    private static double deg(BigDecimal degrees) {
        return degrees.doubleValue();
    }

    /** Whether there is anything to draw. */
    public boolean isDrawn() {
        return !dots.isEmpty() || !centres.isEmpty();
    }

    public double getWidth() {
        return width;
    }

    public double getHeight() {
        return height;
    }

    public List<Dot> getDots() {
        return dots;
    }

    public List<Centre> getCentres() {
        return centres;
    }

    public ScaleBar getScaleBar() {
        return scaleBar;
    }

    @FunctionalInterface
    private interface Projection {
        double[] at(double lat, double lon);
    }

    /** The extent of some points in degrees. */
    private record Bounds(double minLat, double maxLat, double minLon, double maxLon) {

        static Bounds of(List<double[]> points) {
            if (points.isEmpty()) {
                return null;
            }
            double minLat = Double.MAX_VALUE;
            double maxLat = -Double.MAX_VALUE;
            double minLon = Double.MAX_VALUE;
            double maxLon = -Double.MAX_VALUE;
            for (double[] p : points) {
                minLat = Math.min(minLat, p[0]);
                maxLat = Math.max(maxLat, p[0]);
                minLon = Math.min(minLon, p[1]);
                maxLon = Math.max(maxLon, p[1]);
            }
            return new Bounds(minLat, maxLat, minLon, maxLon);
        }
    }
}
