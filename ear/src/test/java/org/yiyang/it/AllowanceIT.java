package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * The government-purchased service allowance: reserved when an order is assigned, consumed when it is
 * completed, given back when it is cancelled or rejected; never overspent, also when many orders come at
 * once. The national default grants 200.00 yuan a month; 助洁 (cleaning) costs 40.00.
 */
@YiyangIT
class AllowanceIT {

    /** When this test's orders are scheduled: an hour after the server's now. */
    private final Instant at = ServerClock.instant().plus(Duration.ofHours(1));
    /** The allowance month of those orders: the month of that time in China Standard Time. */
    private final String month = YearMonth.from(at.atZone(ZoneId.of("Asia/Shanghai"))).toString();

    JsonObject allowance(String user, long elder) {
        Http.Reply r = Api.as(user).get("/orders/allowances/" + elder + "?month=" + month);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    static String money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2).toPlainString();
    }

    @Test
    void anAssignedOrderReservesACompletedOneConsumesACancelledOneGivesBack() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "补贴甲", true);
        JsonObject fresh = allowance("bc-staff", elder);
        assertTrue(fresh.getBoolean("eligible"));
        assertEquals("200.00", money(fresh, "available"));

        long created = Orders.create("bc-staff", elder, "CLEANING", "ALLOWANCE", at).getJsonNumber("id").longValue();
        assertEquals("200.00", money(allowance("bc-staff", elder), "available"), "nothing is reserved before dispatch");
        Orders.done("bc-staff", created, "assign", Elders.json("providerId", provider.id()));
        JsonObject reserved = allowance("bc-staff", elder);
        assertEquals("40.00", money(reserved, "reserved"));
        assertEquals("160.00", money(reserved, "available"));

        long completed = Orders.completed(Orders.BC, elder, "CLEANING", "ALLOWANCE", at);
        JsonObject afterCompletion = allowance("bc-staff", elder);
        assertEquals("40.00", money(afterCompletion, "reserved"));
        assertEquals("40.00", money(afterCompletion, "consumed"));
        assertEquals("120.00", money(afterCompletion, "available"));

        Orders.done("bc-staff", created, "cancel", Elders.json("reason", "老人外出"));
        JsonObject afterCancel = allowance("bc-staff", elder);
        assertEquals("0.00", money(afterCancel, "reserved"));
        assertEquals("40.00", money(afterCancel, "consumed"));
        assertEquals("160.00", money(afterCancel, "available"));

        long rejected = Orders.create("bc-staff", elder, "BATH_AID", "ALLOWANCE", at).getJsonNumber("id").longValue();
        Orders.done("bc-staff", rejected, "assign", Elders.json("providerId", provider.id()));
        assertEquals("100.00", money(allowance("bc-staff", elder), "available"));
        Orders.done("bc-provider-admin", rejected, "reject", Elders.json("reason", "无助浴设备"));
        assertEquals("160.00", money(allowance("bc-staff", elder), "available"));
        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", completed));
        assertEquals(new BigDecimal("40.00"), Db.single("SELECT amount FROM orders_order WHERE id = ?", completed),
                "the completed order is the one that consumed 40.00");
    }

    @Test
    void concurrentOrdersNeverOverspendTheAllowance() throws Exception {
        Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "补贴并发", true);
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        String body = Orders.body(elder, "CLEANING", "ALLOWANCE", at);
        Api.as("bc-provider-admin").get("/orders/board");   // a token for the provider, before the race
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Http.Reply> c = () -> {
                    start.await();
                    return Api.as("bc-provider-admin").post("/orders", body);
                };
                replies.add(pool.submit(c));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertEquals(409, r.status(), r::toString);
                    assertEquals("order.allowance.insufficient", r.json().getString("code"));
                    refused++;
                }
            }
            assertEquals(5, created, "200.00 yuan pays exactly five 40.00 services");
            assertEquals(clients - 5, refused);
        } finally {
            pool.shutdownNow();
        }
        JsonObject a = allowance("bc-staff", elder);
        assertEquals("200.00", money(a, "reserved"));
        assertEquals("0.00", money(a, "available"));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM orders_order WHERE elder_id = ? AND payer = 'ALLOWANCE'", elder),
                "a refused order leaves no order behind");
        BigDecimal sum = (BigDecimal) Db.single("SELECT SUM(amount) FROM orders_order WHERE elder_id = ? "
                + "AND status = 'ASSIGNED'", elder);
        assertEquals(0, sum.compareTo(new BigDecimal("200.00")), "the ledger agrees with the orders");
    }

    @Test
    void onlyTheRolesThatTakeOrdersInReadAnAllowanceAndOnlyWithinTheirReach() {
        long elder = Orders.elder(Orders.BC, "补贴查看", true);
        String path = "/orders/allowances/" + elder + "?month=" + month;
        for (String user : List.of("bc-admin", "bc-staff", "bc-township", "bc-assistant")) {
            assertEquals(200, Api.as(user).get(path).status(), user);
        }
        for (String user : List.of("bc-volunteer", "bc-provider-staff")) {
            Http.Reply r = Api.as(user).get(path);
            assertEquals(403, r.status(), user + ": " + r);
            assertFalse(r.body().contains("eligible"), "nothing of the elder's allowance");
        }
        long elsewhere = Elders.register("bc-admin", "补贴外街道", org.yiyang.it.support.Ids.elder(Orders.BC),
                Orders.BC_OTHER_VILLAGE, "economicStatus", "SUBSISTENCE");
        String other = "/orders/allowances/" + elsewhere + "?month=" + month;
        assertEquals(200, Api.as("bc-staff").get(other).status(), "control: the bureau reads it");
        assertEquals(404, Api.as("bc-township").get(other).status(), "another township's elder");
        assertEquals(404, Api.as("bc-provider-admin").get(other).status(), "outside the provider's service area");
        assertEquals(404, Api.as("hm-staff").get(path).status(), "another county's elder");
    }

    @Test
    void onlySpecialHardshipEldersGetTheAllowance() {
        long elder = Orders.elder(Orders.BC, "补贴非对象", false);
        JsonObject a = allowance("bc-staff", elder);
        assertFalse(a.getBoolean("eligible"));
        assertEquals("0.00", money(a, "available"));
        Http.Reply r = Api.as("bc-staff").post("/orders", Orders.body(elder, "CLEANING", "ALLOWANCE", at));
        assertEquals(400, r.status());
        assertEquals("order.allowance.notEligible", r.json().getString("code"));
    }

    @Test
    void theTableItselfRefusesAnOverdraft() throws Exception {
        long elder = Orders.elder(Orders.BC, "补贴约束", true);
        Orders.provider(Orders.BC);
        long order = Orders.create("bc-provider-admin", elder, "MEAL_AID", "ALLOWANCE", at).getJsonNumber("id").longValue();
        assertEquals(1, Db.count("SELECT COUNT(*) FROM orders_allowance WHERE elder_id = ? AND month = ?", elder, month),
                "the order opened the elder's ledger of the month");
        Object reservedBefore = Db.single("SELECT reserved FROM orders_allowance WHERE elder_id = ?", elder);
        assertEquals("ALLOWANCE", Db.single("SELECT payer FROM orders_order WHERE id = ?", order));
        SQLException e = assertThrows(SQLException.class, () -> {
            try (var c = Db.connect(); var s = c.prepareStatement(
                    "UPDATE orders_allowance SET reserved = granted + 1 WHERE elder_id = ?")) {
                s.setLong(1, elder);
                s.executeUpdate();
            }
        });
        assertTrue(e.getMessage().contains("ck_orders_allowance_balance"), e::getMessage);
        assertEquals(reservedBefore, Db.single("SELECT reserved FROM orders_allowance WHERE elder_id = ?", elder),
                "the refused update changed nothing");
    }
}
