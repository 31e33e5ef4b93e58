package org.yiyang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects measured figures and writes them to the console and to ear/target/bench/&lt;name&gt;.txt. */
final class Figures {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    Figures(String name) {
        this.name = name;
    }

    void add(String line) {
        lines.add(line);
        System.out.println("[bench] " + line);
    }

    /** Median and 95th percentile of durations in milliseconds. */
    static String summary(List<Double> millis) {
        List<Double> s = new ArrayList<>(millis);
        Collections.sort(s);
        double median = s.get(s.size() / 2);
        double p95 = s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
        return String.format("median %.1f ms, p95 %.1f ms (n=%d)", median, p95, s.size());
    }

    /** The 50th, 95th and 99th percentiles of durations in milliseconds (nearest rank). */
    static String percentiles(List<Double> millis) {
        List<Double> s = new ArrayList<>(millis);
        Collections.sort(s);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d)", rank(s, 0.50), rank(s, 0.95),
                rank(s, 0.99), s.size());
    }

    private static double rank(List<Double> sorted, double share) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * share) - 1)));
    }

    void write() {
        try {
            Path dir = Path.of(System.getProperty("yiyang.home", ".."), "ear/target/bench");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".txt"), lines, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
