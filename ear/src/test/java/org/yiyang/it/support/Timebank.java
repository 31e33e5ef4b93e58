package org.yiyang.it.support;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Time bank ledger test data, made through the API (the county administrator's adjustments, staff's awards) or the
 * probe that fires the people side's HoursVerified; never ledger rows by hand. Owner ids are fresh per test (the
 * ledger takes volunteer ids as references).
 */
public final class Timebank {

    private Timebank() {
    }

    /** A fresh owner id no other test uses. */
    public static long owner() {
        return 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    }

    /** The county administrator's adjustment of a holder's balance; the transaction. */
    public static JsonObject adjust(String county, String kind, long ownerId, String unit, long amount) {
        Http.Reply r = Api.as(Counties.of(county).admin()).post("/timebank/adjustments", Elders.json("ownerKind", kind,
                "ownerId", ownerId, "unit", unit, "amount", amount, "reason", "测试开户"));
        if (r.status() != 201) {
            throw new AssertionError("adjustment failed: " + r);
        }
        return r.json();
    }

    /** Staff's award of points to a holder. */
    public static JsonObject award(String county, String kind, long ownerId, long points) {
        Http.Reply r = Api.as(Counties.of(county).staff()).post("/timebank/awards", Elders.json("ownerKind", kind,
                "ownerId", ownerId, "points", points, "reason", "参与公益劳动"));
        if (r.status() != 201) {
            throw new AssertionError("award failed: " + r);
        }
        return r.json();
    }

    /** Verified hours as the people side publishes them (through the probe). */
    public static void earn(String county, long entryId, long volunteerId, int minutes, Instant verifiedAt) {
        probe("/timebank/hours-verified?county=" + county + "&entry=" + entryId + "&volunteer=" + volunteerId
                + "&minutes=" + minutes + "&at=" + verifiedAt);
    }

    public static void reverseHours(String county, long entryId, long volunteerId, int minutes) {
        probe("/timebank/hours-reversed?county=" + county + "&entry=" + entryId + "&volunteer=" + volunteerId
                + "&minutes=" + minutes);
    }

    public static JsonObject probe(String pathAndQuery) {
        Http.Reply r = Http.send(HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/it-probe"
                + pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.status() != 200) {
            throw new AssertionError("probe " + pathAndQuery + " failed: " + r);
        }
        return r.json();
    }

    /** The holder's account of the unit, read by the county's staff; null when it has none. */
    public static JsonObject account(String county, String kind, long ownerId, String unit) {
        Http.Reply r = Api.as(Counties.of(county).staff()).get("/timebank/accounts?ownerKind=" + kind + "&ownerId="
                + ownerId);
        if (r.status() != 200) {
            throw new AssertionError("accounts failed: " + r);
        }
        return r.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("unit").equals(unit)).findFirst().orElse(null);
    }

    /** The holder's balance of the unit (0 without an account). */
    public static long balance(String county, String kind, long ownerId, String unit) {
        JsonObject a = account(county, kind, ownerId, unit);
        return a == null ? 0 : a.getJsonNumber("balance").longValue();
    }

    /** Sends the request from many clients released together by a latch; the replies, in no particular order. */
    public static List<Http.Reply> race(int clients, Callable<Http.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The whole ledger's invariants, over every row of every county: each transaction has two entries at least,
     * all of its unit on accounts of its unit, summing to zero; each account's balance is the sum of its entries
     * and its last entry's running balance; no holder's balance is below zero.
     */
    public static void assertLedgerBalances() throws Exception {
        assertZero("transactions not summing to zero or with fewer than two entries", """
                SELECT COUNT(*) FROM timebank_transaction t WHERE (SELECT COUNT(*) FROM timebank_entry e
                WHERE e.county_code = t.county_code AND e.transaction_id = t.id) < 2
                OR (SELECT SUM(e.amount) FROM timebank_entry e WHERE e.county_code = t.county_code
                AND e.transaction_id = t.id) <> 0""");
        assertZero("entries of another unit than their transaction or account", """
                SELECT COUNT(*) FROM timebank_entry e JOIN timebank_transaction t ON t.id = e.transaction_id
                JOIN timebank_account a ON a.id = e.account_id WHERE e.unit <> t.unit OR e.unit <> a.unit
                OR t.county_code <> e.county_code OR a.county_code <> e.county_code""");
        assertZero("accounts whose balance is not the sum of their entries", """
                SELECT COUNT(*) FROM timebank_account a WHERE a.balance <> COALESCE((SELECT SUM(e.amount)
                FROM timebank_entry e WHERE e.county_code = a.county_code AND e.account_id = a.id), 0)""");
        assertZero("accounts whose last running balance is not their balance", """
                SELECT COUNT(*) FROM timebank_account a WHERE EXISTS (SELECT 1 FROM timebank_entry e
                WHERE e.county_code = a.county_code AND e.account_id = a.id) AND a.balance <> (SELECT e.balance_after
                FROM timebank_entry e WHERE e.county_code = a.county_code AND e.account_id = a.id
                ORDER BY e.id DESC LIMIT 1)""");
        assertZero("holders below zero", "SELECT COUNT(*) FROM timebank_account WHERE NOT source AND balance < 0");
    }

    private static void assertZero(String what, String sql) throws Exception {
        long n = Db.count(sql);
        if (n != 0) {
            throw new AssertionError(what + ": " + n);
        }
    }
}
