package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * Races and odd callers never get a 5xx: the same step on one record from many clients at once (released
 * together by a latch) succeeds once and is a localised 409 for the others, whatever layer notices the
 * conflict first (the state machine, an optimistic lock, a unique key); a caller without a county gets a 403.
 */
@YiyangIT
class ConflictsIT {

    static final int CLIENTS = 8;

    /** Sends the same request from many clients at once; the statuses, in no particular order. */
    static List<Http.Reply> race(Callable<Http.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
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

    /** One success, and a 409 problem in Chinese for every other client. */
    static void oneWinsTheOthersGetAConflict(List<Http.Reply> replies, int success) {
        long won = replies.stream().filter(r -> r.status() == success).count();
        assertEquals(1, won, () -> "exactly one " + success + ": " + replies);
        for (Http.Reply r : replies) {
            assertTrue(r.status() < 500, () -> "no server error: " + r);
            if (r.status() != success) {
                assertEquals(409, r.status(), r::toString);
                assertEquals("application/problem+json", r.header("Content-Type"));
                assertTrue(r.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"), r::toString);
            }
        }
    }

    @Test
    void concurrentDispatchOfOneOrderAssignsItOnce() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "并发派单", false);
        long order = Orders.create("bc-staff", elder, "CLEANING", "SELF").getJsonNumber("id").longValue();
        String body = Elders.json("providerId", provider.id());
        Api.as("bc-staff").get("/orders/" + order);   // a token before the race
        oneWinsTheOthersGetAConflict(race(() -> Orders.step("bc-staff", order, "assign", body)), 200);
        assertEquals("ASSIGNED", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM orders_order_event WHERE order_id = ? AND action = 'assign'", order),
                "one dispatch recorded");
    }

    @Test
    void concurrentApprovalsOfOnePlanApproveItOnce() throws Exception {
        long elder = Orders.elder(Orders.BC, "并发审批", false);
        long plan = Plans.apply(Orders.BC, elder);
        Plans.done("bc-staff", plan, "assess", Plans.items("B01", 1));
        String body = Elders.json("contractorId", Orders.provider(Orders.BC).id());
        Api.as("bc-admin").get("/renovations/" + plan);
        oneWinsTheOthersGetAConflict(race(() -> Plans.step("bc-admin", plan, "approve", body)), 200);
        assertEquals("APPROVED", Db.single("SELECT status FROM renovation_plan WHERE id = ?", plan));
    }

    @Test
    void concurrentEnrolmentsOfOneElderEnrolItOnce() throws Exception {
        long elder = Visits.elder(Orders.BC, "并发入册", "PARTIAL");
        String body = Elders.json("elderId", elder, "visitorUsername", "bc-assistant", "visitorName", "刘网格",
                "visitorPhone", "13905439999");
        Api.as("bc-staff").get("/visits/tasks");
        oneWinsTheOthersGetAConflict(race(() -> Api.as("bc-staff").post("/visits/enrolments", body)), 201);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM visits_enrolment WHERE elder_id = ?", elder));
    }

    @Test
    void aVillageAddedByTwoAdministratorsAtOnceIsAddedOnce() throws Exception {
        Counties.County zh = Counties.of(Counties.ZH.code());
        String code = zh.township().substring(0, 9) + (100 + ThreadLocalRandom.current().nextInt(800));
        String body = Elders.json("code", code, "name", "并发新村" + code.substring(9), "townshipCode", zh.township(),
                "urban", false);
        Api.as(zh.admin()).get("/places");
        oneWinsTheOthersGetAConflict(race(() -> Api.as(zh.admin()).post("/places/villages", body)), 201);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM tenancy_village WHERE code = ?", code));
    }

    @Test
    void anImportCommittedTwiceAtOnceRegistersItsEldersOnce() throws Exception {
        String prefix = "并发导入" + System.nanoTime() % 100000;
        String csv = "姓名,身份证号,乡镇（街道）,村（社区）,居住情况,经济状况\n"
                + prefix + "0," + Ids.elder(Orders.BC) + ",市中街道,新苑社区,独居,低保\n"
                + prefix + "1," + Ids.elder(Orders.BC) + ",市中街道,新苑社区,独居,低保\n";
        Http.Reply report = Api.as("bc-staff").postFile("/elders/imports?fileName=race.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals(201, report.status(), report::toString);
        long id = report.json().getJsonNumber("id").longValue();
        oneWinsTheOthersGetAConflict(race(() -> Api.as("bc-staff").post("/elders/imports/" + id + "/commit", "")), 200);
        assertEquals(2, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name LIKE ?", prefix + "%"));
    }

    @Test
    void callersWithoutACountyGetAForbiddenProblemNotAServerError() {
        for (String path : List.of("/renovations/catalog", "/services", "/orders/board")) {
            Http.Reply r = Api.as("bz-city").get(path);
            assertEquals(403, r.status(), () -> "city official on " + path + ": " + r);
            assertEquals("application/problem+json", r.header("Content-Type"));
        }
        Http.Reply keyed = Api.as("operator").post("/orders", Orders.body(1L, "CLEANING", "SELF"), "op-" + System.nanoTime());
        assertEquals(403, keyed.status(), keyed::toString);
        assertEquals("application/problem+json", keyed.header("Content-Type"));
    }
}
