package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.YiyangIT;

/**
 * Fifty officials approve fifty plans of one household at the same moment (and a few approve the same plan
 * twice): every approval answers 200 or, for a plan approved already, 409 — never a server error — and the
 * household's approved subsidies add up to exactly the cap, never more. Run three times.
 */
@YiyangIT
class RenovationCapIT {

    static final int PLANS = 50;

    @RepeatedTest(3)
    void fiftySimultaneousApprovalsNeverExceedTheHouseholdCap() throws Exception {
        long contractor = Orders.provider(Orders.BC).id();
        long elder = Orders.elder(Orders.BC, "并发审批", true);
        List<Long> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            long plan = Plans.apply(Orders.BC, elder);
            Plans.done("bc-staff", plan, "assess", Plans.items("B02", 1)); // 260 yuan: 50 plans ask for 13,000
            plans.add(plan);
        }
        // 50 approvals of the 50 plans, plus 5 second approvals of plans already being approved
        List<Long> approvals = new ArrayList<>(plans);
        approvals.addAll(plans.subList(0, 5));
        ExecutorService pool = Executors.newFixedThreadPool(approvals.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (long plan : approvals) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return Plans.step("bc-admin", plan, "approve", Elders.json("contractorId", contractor));
                }));
            }
            go.countDown();
            int ok = 0;
            int conflicts = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertTrue(r.status() == 200 || r.status() == 409, "no server error: " + r);
                if (r.status() == 200) {
                    ok++;
                    JsonObject p = r.json();
                    assertEquals(p.getJsonNumber("total").bigDecimalValue(), p.getJsonNumber("subsidy").bigDecimalValue()
                            .add(p.getJsonNumber("selfPay").bigDecimalValue()), "subsidy + self-pay = total");
                } else {
                    conflicts++;
                }
            }
            assertEquals(PLANS, ok, "each plan approved exactly once");
            assertEquals(5, conflicts, "a second approval of one plan is refused");
        } finally {
            pool.shutdownNow();
        }
        long household = ((Number) Db.single("SELECT household_id FROM renovation_plan WHERE id = ?", plans.get(0)))
                .longValue();
        assertEquals(new BigDecimal("3000.00"), Db.single("SELECT SUM(subsidy) FROM renovation_plan "
                + "WHERE household_id = ? AND status = 'APPROVED'", household), "exactly the cap, never more");
        assertEquals(new BigDecimal("3000.00"), Db.single("SELECT approved FROM renovation_household_subsidy "
                + "WHERE household_id = ?", household));
        assertEquals(new BigDecimal("10000.00"), Db.single("SELECT SUM(self_pay) FROM renovation_plan "
                + "WHERE household_id = ?", household), "the rest is self-paid");
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM renovation_plan WHERE household_id = ? AND subsidy > 0 "
                + "AND subsidy < total", household), "one plan gets what is left (140 yuan)");
        assertEquals(PLANS, Db.count("SELECT COUNT(*) FROM renovation_plan_event e JOIN renovation_plan p "
                + "ON p.id = e.plan_id WHERE p.household_id = ? AND e.action = 'approve'", household));
    }
}
