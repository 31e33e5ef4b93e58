package org.yiyang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.YiyangIT;

/**
 * Order creation through the REST API with 16 concurrent clients (real tokens, an Idempotency-Key on every
 * request, the whole use case: scope checks, pricing, the order, its first event, the stored response)
 * against raw JDBC inserts of the same rows (order and event, one transaction per order) into the same
 * MariaDB by 16 threads, in the same run. Reports both throughputs and their ratio.
 */
@YiyangIT
class OrderCreationBenchmark {

    static final int CLIENTS = 16;
    static final int PER_CLIENT = 150;

    record Run(double seconds, List<Double> latencies) {
        double throughput() {
            return CLIENTS * PER_CLIENT / seconds;
        }
    }

    static Run concurrently(Callable<List<Double>> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return client.call();
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
    void restCreationAgainstRawJdbcInserts() throws Exception {
        Figures f = new Figures("order-creation");
        Orders.provider(Orders.BC);
        List<Long> elders = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            elders.add(Orders.elder(Orders.BC, "压测" + i, false));
        }
        Api.as("bc-staff").get("/orders?max=1");
        for (int i = 0; i < 100; i++) {   // warm-up: JIT, connection pool, caches
            Orders.create("bc-staff", elders.get(i % elders.size()), "CLEANING", "SELF");
        }
        long before = Db.count("SELECT COUNT(*) FROM orders_order");

        Run rest = concurrently(() -> {
            List<Double> ms = new ArrayList<>();
            Api api = Api.as("bc-staff");
            for (int i = 0; i < PER_CLIENT; i++) {
                long elder = elders.get((int) (Thread.currentThread().getId() + i) % elders.size());
                long t0 = System.nanoTime();
                Http.Reply r = api.post("/orders", Orders.body(elder, "CLEANING", "SELF"), UUID.randomUUID().toString());
                ms.add((System.nanoTime() - t0) / 1e6);
                if (r.status() != 201) {
                    throw new AssertionError(r.toString());
                }
            }
            return ms;
        });
        assertEquals(before + CLIENTS * PER_CLIENT, Db.count("SELECT COUNT(*) FROM orders_order"));

        String township = Orders.BC_TOWNSHIP;
        long elder = elders.get(0);
        long idBase = 9_000_000_000_000L;
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(idBase);
        Run jdbc = concurrently(() -> {
            List<Double> ms = new ArrayList<>();
            try (Connection c = Db.connect();
                 PreparedStatement order = c.prepareStatement("INSERT INTO orders_order (id, county_code, elder_id, "
                         + "township_code, service, price_version, unit_price, quantity, amount, planned_minutes, payer, "
                         + "scheduled_at, address, origin, status, version, created_at, created_by, updated_at, updated_by) "
                         + "VALUES (?, '371602', ?, ?, 'CLEANING', 0, 40.00, 1, 40.00, 120, 'SELF', ?, '新苑社区 1 号', "
                         + "'HOTLINE', 'CREATED', 0, ?, 'bench', ?, 'bench')");
                 PreparedStatement event = c.prepareStatement("INSERT INTO orders_order_event (id, county_code, "
                         + "order_id, occurred_at, actor, actor_role, action, to_status) VALUES (?, '371602', ?, ?, "
                         + "'bench', 'county-staff', 'create', 'CREATED')")) {
                c.setAutoCommit(false);
                for (int i = 0; i < PER_CLIENT; i++) {
                    long t0 = System.nanoTime();
                    long id = ids.incrementAndGet();
                    Timestamp now = Timestamp.from(Instant.now());
                    order.setLong(1, id);
                    order.setLong(2, elder);
                    order.setString(3, township);
                    order.setTimestamp(4, Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
                    order.setTimestamp(5, now);
                    order.setTimestamp(6, now);
                    order.executeUpdate();
                    event.setLong(1, id);
                    event.setLong(2, id);
                    event.setTimestamp(3, now);
                    event.executeUpdate();
                    c.commit();
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            return ms;
        });
        assertEquals(CLIENTS * PER_CLIENT, Db.count("SELECT COUNT(*) FROM orders_order WHERE id > ?", idBase));

        f.add(String.format("%d clients x %d orders = %d orders each way", CLIENTS, PER_CLIENT, CLIENTS * PER_CLIENT));
        f.add(String.format("REST API (POST /orders with Idempotency-Key): %.1f s, %.0f orders/s; latency %s",
                rest.seconds(), rest.throughput(), Figures.summary(rest.latencies())));
        f.add(String.format("raw JDBC (order + event, one transaction each): %.1f s, %.0f orders/s; latency %s",
                jdbc.seconds(), jdbc.throughput(), Figures.summary(jdbc.latencies())));
        f.add(String.format("ratio: raw JDBC is %.1f x the REST API's throughput (the API reaches %.0f %%)",
                jdbc.throughput() / rest.throughput(), 100 * rest.throughput() / jdbc.throughput()));
        f.write();
    }
}
