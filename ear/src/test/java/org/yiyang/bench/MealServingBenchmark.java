package org.yiyang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * Meals recorded at canteen terminals through the REST API against raw JDBC inserting the same rows, in the same
 * run. 16 terminals (each its own HTTP connection and its own Idempotency-Keys, four at each of four open sites of
 * 沾化区, the test-only county) record 10,000 subsidised meals by card with {@code POST /meals/servings}: 3,334
 * registered elders, each at breakfast, lunch and dinner of today (the ledger records meals on the day they are
 * served), so that no two meals share an elder, meal and day and the one-meal rule refuses none. The whole use case
 * runs: the token, the card's seal, the registration, the elder's standing, the table in force, the serving, its
 * claim, the event, the stored response. Every reply but 201 is counted, and any makes the benchmark fail after
 * the figures are written.
 *
 * <p>Then 16 threads insert the very same 10,000 rows (serving and claim, the same ids and values) with JDBC into
 * scratch copies of {@code meals_serving} and {@code meals_subsidy_claim} with the same keys, checks and foreign
 * keys: once one meal per transaction, as the API commits them, and once batched, 100 meals per transaction.
 * Reports throughput, latency percentiles and the ratios to {@code ear/target/bench/meal-servings.txt}.
 */
@YiyangIT
class MealServingBenchmark {

    static final Counties.County ZH = Counties.ZH;
    static final String TERMINAL_ACCOUNT = "zh-provider-staff";
    static final int TERMINALS = 16;
    static final int SITES = 4;
    static final int SERVINGS = 10_000;
    static final List<String> PERIODS = List.of("BREAKFAST", "LUNCH", "DINNER");
    /** Elders of the measured meals: three meals each (the last one fewer). */
    static final int ELDERS = (SERVINGS + PERIODS.size() - 1) / PERIODS.size();
    /** Elders of the warm-up (JIT, connection pools, caches), apart from the measured ones. */
    static final int WARM_UP_ELDERS = 64;
    static final int BATCH = 100;
    static final String NAME = "助餐压测";
    static final String[] DIETS = {"NONE", "SOFT", "DIABETIC", "LOW_SALT"};

    /** A meal to record: the elder (an index), the meal period, the terminal that records it. */
    record Meal(int elder, String period, int terminal) {
    }

    /** What a run took: its wall time and the latency of every request (or transaction) in milliseconds. */
    record Run(double seconds, List<Double> latencies) {
        double perSecond(int rows) {
            return rows / seconds;
        }
    }

    /** A stored serving, as the API wrote it. */
    record Row(long id, long site, long provider, String township, long elder, long registration, Date day,
               String period, String kind, String identifiedBy, boolean subsidised, boolean fullPrice,
               int tableVersion, BigDecimal price, BigDecimal elderPart, BigDecimal countyPart, BigDecimal cityPart,
               BigDecimal charityPart, Timestamp recordedAt, String recordedBy, String accountingMonth) {
    }

    /** The replies that were not 201, by status (-1: no reply at all), with the first few of them. */
    static final class Failures {
        private final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        private final Queue<String> first = new ConcurrentLinkedQueue<>();

        void add(int status, String what) {
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (first.size() < 5) {
                first.add(what);
            }
        }

        int total() {
            return byStatus.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        @Override
        public String toString() {
            Map<Integer, Integer> counts = new TreeMap<>();
            byStatus.forEach((s, n) -> counts.put(s, n.get()));
            return total() + " by status " + counts + "; first: " + first;
        }
    }

    /** The meals of {@code count} combinations from elder {@code from} on: elder by elder, each meal of the day. */
    static List<Meal> meals(int from, int count) {
        List<Meal> meals = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            meals.add(new Meal(from + k / PERIODS.size(), PERIODS.get(k % PERIODS.size()), k % TERMINALS));
        }
        return meals;
    }

    /** Runs one task per terminal (or thread), all released at once; the wall time until the last one ends. */
    static Run concurrently(IntFunction<Callable<List<Double>>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TERMINALS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int t = 0; t < TERMINALS; t++) {
                Callable<List<Double>> c = task.apply(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return new Run((System.nanoTime() - t0) / 1e9, all);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void servingsThroughTheApiAgainstRawJdbcInserts() throws Exception {
        Figures f = new Figures("meal-servings");
        Counties.of(ZH.code());
        List<Long> sites = new ArrayList<>();
        for (int i = 1; i <= SITES; i++) {
            sites.add(Meals.openSite(ZH.code(), "压测孝善食堂" + i));
        }
        int elders = ELDERS + WARM_UP_ELDERS;
        List<Long> ids = importElders(elders);
        List<String> cards = register(ids, sites);

        Failures warmUpFailures = new Failures();
        api(meals(ELDERS, WARM_UP_ELDERS * PERIODS.size()), sites, cards, warmUpFailures, ConcurrentHashMap.newKeySet());
        if (warmUpFailures.total() > 0) {
            throw new AssertionError("the warm-up was refused: " + warmUpFailures);
        }

        Failures failures = new Failures();
        Set<Long> served = ConcurrentHashMap.newKeySet();
        Run rest = api(meals(0, SERVINGS), sites, cards, failures, served);
        f.add(String.format("%,d meals (%,d elders x breakfast, lunch and dinner of today, national default prices) "
                + "by %d terminals at %d open sites of 沾化区, after %,d warm-up meals", SERVINGS, ELDERS, TERMINALS,
                SITES, WARM_UP_ELDERS * PERIODS.size()));
        f.add(String.format("REST API (POST /meals/servings by card, an Idempotency-Key each, one transaction each): "
                + "%.1f s, %.0f meals/s; latency %s; replies other than 201: %d", rest.seconds(),
                rest.perSecond(served.size()), Figures.percentiles(rest.latencies()), failures.total()));
        if (failures.total() > 0) {
            f.write();
            throw new AssertionError("not every meal was recorded with 201: " + failures);
        }
        List<Row> rows = stored(served);

        scratchTables();
        Run single = jdbc(rows, 1);
        f.add(String.format("raw JDBC, one meal per transaction (serving + claim, %d threads): %.1f s, %.0f meals/s; "
                + "latency %s", TERMINALS, single.seconds(), single.perSecond(SERVINGS),
                Figures.percentiles(single.latencies())));
        scratchTables();
        Run batched = jdbc(rows, BATCH);
        f.add(String.format("raw JDBC, batched (%d meals per transaction: a batch of servings, a batch of claims, "
                + "%d threads): %.2f s, %.0f meals/s; latency per transaction %s, %.2f ms per meal", BATCH, TERMINALS,
                batched.seconds(), batched.perSecond(SERVINGS), Figures.percentiles(batched.latencies()),
                batched.latencies().stream().mapToDouble(Double::doubleValue).sum() / SERVINGS));
        dropScratchTables();

        double api = rest.perSecond(SERVINGS);
        f.add(String.format("ratio API/JDBC one per transaction: %.2f (JDBC is %.1f x the API's throughput)",
                api / single.perSecond(SERVINGS), single.perSecond(SERVINGS) / api));
        f.add(String.format("ratio API/JDBC batched: %.3f (JDBC is %.1f x the API's throughput)",
                api / batched.perSecond(SERVINGS), batched.perSecond(SERVINGS) / api));
        f.write();
    }

    /** Imports the elders of the benchmark (aged 62 to 90) into the county's first village; their ids by index. */
    static List<Long> importElders(int n) throws Exception {
        LocalDate today = ServerClock.today();
        StringBuilder csv = new StringBuilder("name,idNumber,villageCode\n");
        for (int i = 0; i < n; i++) {
            LocalDate birth = today.minusYears(62).minusDays(3L * i);
            String first17 = ZH.code() + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "951";
            csv.append(NAME).append(i).append(',').append(first17).append(Ids.check(first17)).append(',')
                    .append(ZH.village()).append('\n');
        }
        Api admin = Api.as(ZH.admin());
        Http.Reply upload = admin.postFile("/elders/imports?fileName=meal-bench.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", null);
        JsonObject report = upload.json();
        assertEquals("VALIDATED", report.getString("state", null), upload::toString);
        Http.Reply commit = admin.post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "");
        assertEquals(n, commit.json().getInt("imported", -1), commit::toString);
        Long[] ids = new Long[n];
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, name FROM elders_elder WHERE county_code = ? AND name LIKE ?")) {
            ps.setString(1, ZH.code());
            ps.setString(2, NAME + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids[Integer.parseInt(rs.getString(2).substring(NAME.length()))] = rs.getLong(1);
                }
            }
        }
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) {
                throw new AssertionError("the imported elder " + NAME + i + " is not in the register");
            }
            all.add(ids[i]);
        }
        return all;
    }

    /** Registers every elder for meals (homes spread over the sites) as the bureau; their cards' tokens by index. */
    static List<String> register(List<Long> elders, List<Long> sites) throws Exception {
        String[] cards = new String[elders.size()];
        AtomicInteger next = new AtomicInteger();
        concurrently(t -> () -> {
            Api desk = Api.as(ZH.staff());
            for (int i = next.getAndIncrement(); i < elders.size(); i = next.getAndIncrement()) {
                Http.Reply r = desk.post("/meals/registrations", Elders.json("elderId", elders.get(i),
                        "homeSiteId", sites.get(i % sites.size()), "diet", DIETS[i % DIETS.length], "daily", true));
                if (r.status() != 201) {
                    throw new AssertionError("meal registration refused: " + r);
                }
                cards[i] = Meals.card(ZH.code(), r.json().getJsonNumber("id").longValue());
            }
            return List.of();
        });
        return List.of(cards);
    }

    /**
     * The terminals record the meals, each its own with its own connection and keys; the ids of the meals
     * recorded go to {@code served}, every other reply to {@code failures}.
     */
    static Run api(List<Meal> meals, List<Long> sites, List<String> cards, Failures failures, Set<Long> served)
            throws Exception {
        URI uri = Http.uri(TestEnvironment.current().appUrl() + "/api/v1/meals/servings");
        Api.as(TERMINAL_ACCOUNT);
        return concurrently(t -> () -> {
            HttpClient terminal = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long site = sites.get(t % sites.size());
            List<Double> ms = new ArrayList<>();
            for (Meal m : meals) {
                if (m.terminal() != t) {
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + Tokens.of(TERMINAL_ACCOUNT))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Accept-Language", "zh-CN")
                        .header("Idempotency-Key", "terminal-" + t + "-" + UUID.randomUUID())
                        .POST(HttpRequest.BodyPublishers.ofString(Elders.json("siteId", site,
                                "cardToken", cards.get(m.elder()), "period", m.period())))
                        .build();
                long t0 = System.nanoTime();
                Http.Reply r;
                try {
                    r = Http.send(terminal, request);
                } catch (UncheckedIOException | IllegalStateException e) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                    failures.add(-1, m + ": " + e);
                    continue;
                }
                ms.add((System.nanoTime() - t0) / 1e6);
                if (r.status() == 201) {
                    served.add(r.json().getJsonNumber("id").longValue());
                } else {
                    failures.add(r.status(), m + ": " + r);
                }
            }
            return ms;
        });
    }

    /** The servings the API stored, each with its claim checked. */
    static List<Row> stored(Set<Long> served) throws SQLException {
        assertEquals(SERVINGS, served.size(), "distinct servings recorded");
        long from = Collections.min(served);
        long to = Collections.max(served);
        assertEquals(SERVINGS, Db.count("SELECT COUNT(*) FROM meals_subsidy_claim WHERE county_code = ? "
                + "AND serving_id BETWEEN ? AND ?", ZH.code(), from, to), "one claim per meal");
        List<Row> rows = new ArrayList<>();
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("SELECT id, site_id, provider_id, "
                + "township_code, elder_id, registration_id, meal_day, meal_period, kind, identified_by, subsidised, "
                + "full_price, table_version, price, elder_part, county_part, city_part, charity_part, recorded_at, "
                + "recorded_by, accounting_month FROM meals_serving WHERE county_code = ? AND id BETWEEN ? AND ? ORDER BY id")) {
            ps.setString(1, ZH.code());
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (served.contains(rs.getLong(1))) {
                        rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                                rs.getLong(6), rs.getDate(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getBoolean(11), rs.getBoolean(12), rs.getInt(13), rs.getBigDecimal(14),
                                rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
                                rs.getTimestamp(19), rs.getString(20), rs.getString(21)));
                    }
                }
            }
        }
        assertEquals(SERVINGS, rows.size(), "servings stored");
        return rows;
    }

    /** Empty copies of the ledger and the claims with the same columns, keys, checks and foreign keys. */
    static void scratchTables() throws SQLException {
        dropScratchTables();
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_meals_serving LIKE meals_serving");
            s.execute("ALTER TABLE bench_meals_serving "
                    + "ADD CONSTRAINT fk_bench_serving_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code), "
                    + "ADD CONSTRAINT fk_bench_serving_site FOREIGN KEY (site_id) REFERENCES meals_site (id), "
                    + "ADD CONSTRAINT fk_bench_serving_provider FOREIGN KEY (provider_id) REFERENCES providers_provider (id), "
                    + "ADD CONSTRAINT fk_bench_serving_elder FOREIGN KEY (elder_id) REFERENCES elders_elder (id), "
                    + "ADD CONSTRAINT fk_bench_serving_registration FOREIGN KEY (registration_id) "
                    + "REFERENCES meals_registration (id), "
                    + "ADD CONSTRAINT fk_bench_serving_reverses FOREIGN KEY (reverses_id) REFERENCES bench_meals_serving (id)");
            s.execute("CREATE TABLE bench_meals_subsidy_claim LIKE meals_subsidy_claim");
            s.execute("ALTER TABLE bench_meals_subsidy_claim "
                    + "ADD CONSTRAINT fk_bench_claim_county FOREIGN KEY (county_code) REFERENCES tenancy_county (code)");
        }
    }

    static void dropScratchTables() throws SQLException {
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_meals_subsidy_claim");
            s.execute("DROP TABLE IF EXISTS bench_meals_serving");
        }
    }

    /**
     * 16 threads insert the rows (thread t every 16th from the t-th) into the scratch tables, {@code perTransaction}
     * meals per transaction (a batch of each statement when more than one); the latency of every transaction.
     */
    static Run jdbc(List<Row> rows, int perTransaction) throws Exception {
        Run run = concurrently(t -> () -> {
            List<Double> ms = new ArrayList<>();
            try (Connection c = Db.connect();
                 PreparedStatement serving = c.prepareStatement("INSERT INTO bench_meals_serving (id, county_code, "
                         + "site_id, provider_id, township_code, elder_id, registration_id, meal_day, meal_period, kind, "
                         + "identified_by, subsidised, full_price, table_version, price, elder_part, county_part, "
                         + "city_part, charity_part, recorded_at, recorded_by, accounting_month) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement claim = c.prepareStatement("INSERT IGNORE INTO bench_meals_subsidy_claim "
                         + "(county_code, elder_id, meal_day, meal_period, serving_id) VALUES (?, ?, ?, ?, ?)")) {
                c.setAutoCommit(false);
                List<Row> mine = new ArrayList<>();
                for (int i = t; i < rows.size(); i += TERMINALS) {
                    mine.add(rows.get(i));
                }
                for (int from = 0; from < mine.size(); from += perTransaction) {
                    List<Row> chunk = mine.subList(from, Math.min(mine.size(), from + perTransaction));
                    long t0 = System.nanoTime();
                    for (Row r : chunk) {
                        bind(serving, claim, r);
                        if (perTransaction == 1) {
                            serving.executeUpdate();
                            if (claim.executeUpdate() != 1) {
                                throw new AssertionError("claim not inserted: " + r);
                            }
                        } else {
                            serving.addBatch();
                            claim.addBatch();
                        }
                    }
                    if (perTransaction > 1) {
                        serving.executeBatch();
                        claim.executeBatch();
                    }
                    c.commit();
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            return ms;
        });
        assertEquals(SERVINGS, Db.count("SELECT COUNT(*) FROM bench_meals_serving WHERE county_code = ?", ZH.code()));
        assertEquals(SERVINGS, Db.count("SELECT COUNT(*) FROM bench_meals_subsidy_claim WHERE county_code = ?",
                ZH.code()));
        return run;
    }

    private static void bind(PreparedStatement serving, PreparedStatement claim, Row r) throws SQLException {
        serving.setLong(1, r.id());
        serving.setString(2, ZH.code());
        serving.setLong(3, r.site());
        serving.setLong(4, r.provider());
        serving.setString(5, r.township());
        serving.setLong(6, r.elder());
        serving.setLong(7, r.registration());
        serving.setDate(8, r.day());
        serving.setString(9, r.period());
        serving.setString(10, r.kind());
        serving.setString(11, r.identifiedBy());
        serving.setBoolean(12, r.subsidised());
        serving.setBoolean(13, r.fullPrice());
        serving.setInt(14, r.tableVersion());
        serving.setBigDecimal(15, r.price());
        serving.setBigDecimal(16, r.elderPart());
        serving.setBigDecimal(17, r.countyPart());
        serving.setBigDecimal(18, r.cityPart());
        serving.setBigDecimal(19, r.charityPart());
        serving.setTimestamp(20, r.recordedAt());
        serving.setString(21, r.recordedBy());
        serving.setString(22, r.accountingMonth());
        claim.setString(1, ZH.code());
        claim.setLong(2, r.elder());
        claim.setDate(3, r.day());
        claim.setString(4, r.period());
        claim.setLong(5, r.id());
    }
}
