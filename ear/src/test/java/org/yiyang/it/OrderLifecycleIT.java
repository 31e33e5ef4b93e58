package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Home-service orders through the REST API with real logins: every transition by the role that owns it,
 * recorded with who and when; every other role refused; steps out of order refused; bad input refused
 * without changing anything.
 */
@YiyangIT
class OrderLifecycleIT {

    static final String LOCATION = "{\"latitude\":37.3831,\"longitude\":118.0124}";

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static void assertProblem(Http.Reply r, int status, String code) {
        assertEquals(status, r.status(), r::toString);
        assertEquals(code, r.json().getString("code"), r::toString);
    }

    @Test
    void anOrderGoesFromCreatedToConfirmedEachStepByItsOwner() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期甲", false);

        JsonObject created = Orders.create("bc-staff", elder, "CLEANING", "SELF");
        long order = id(created);
        assertEquals("CREATED", created.getString("status"));
        assertEquals("HOTLINE", created.getString("origin"));
        assertEquals("40.00", created.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertEquals(0, created.getInt("priceVersion"), "the national default price");
        assertTrue(created.getString("elderIdNumberMasked").contains("*"), "the ID number is only masked");
        assertEquals(404, Api.as("bc-provider-admin").get("/orders/" + order).status(),
                "a provider does not see an order before it is dispatched to it");

        JsonObject assigned = Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));
        assertEquals("ASSIGNED", assigned.getString("status"));
        assertEquals(provider.id(), assigned.getJsonNumber("providerId").longValue());
        assertEquals(404, Api.as("bc-provider-staff").get("/orders/" + order).status(),
                "a worker sees only the orders given to them");

        JsonObject staffed = Orders.done("bc-provider-admin", order, "assign-staff",
                Elders.json("staffId", provider.worker()));
        assertEquals("ASSIGNED", staffed.getString("status"));
        assertEquals("王秀兰", staffed.getString("staffName"));

        Instant beforeCheckIn = ServerClock.instant();
        JsonObject in = Orders.done("bc-provider-staff", order, "check-in", LOCATION);
        Instant afterCheckIn = ServerClock.instant();
        assertEquals("CHECKED_IN", in.getString("status"));
        assertEquals("37.383100", in.getJsonNumber("checkInLatitude").bigDecimalValue().toPlainString());
        Instant checkedIn = Instant.parse(in.getString("checkedInAt"));
        assertFalse(checkedIn.isBefore(beforeCheckIn.truncatedTo(ChronoUnit.MILLIS)) || checkedIn.isAfter(afterCheckIn),
                "the server's time of the check-in: " + checkedIn + " not within " + beforeCheckIn + " .. " + afterCheckIn);

        // the worker arrived 25 minutes ago (the test's own order, moved back in the database)
        Db.update("UPDATE orders_order SET checked_in_at = checked_in_at - INTERVAL 25 MINUTE WHERE id = ?", order);
        JsonObject out = Orders.done("bc-provider-staff", order, "check-out", "{\"notes\":\"打扫了厨房和卧室\"}");
        assertEquals("COMPLETED", out.getString("status"));
        assertEquals(25, out.getInt("durationMinutes"), "without reported minutes: the time between check-in and out");
        assertEquals("打扫了厨房和卧室", out.getString("completionNotes"));

        JsonObject confirmed = Orders.done("bc-assistant", order, "confirm",
                Elders.json("rating", 4, "comment", "很满意", "confirmedBy", "FAMILY"));
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals(4, confirmed.getInt("rating"));
        assertEquals("FAMILY", confirmed.getString("confirmedBy"));

        JsonArray events = Api.as("bc-staff").get("/orders/" + order + "/events").jsonStructure().asJsonArray();
        List<String> trail = events.stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("action") + ":" + e.getString("actor") + ":" + e.getString("actorRole") + ":"
                        + e.getString("toStatus")).toList();
        assertEquals(List.of("create:bc-staff:county-staff:CREATED", "assign:bc-staff:county-staff:ASSIGNED",
                "assignStaff:bc-provider-admin:provider-admin:ASSIGNED",
                "checkIn:bc-provider-staff:provider-staff:CHECKED_IN",
                "checkOut:bc-provider-staff:provider-staff:COMPLETED",
                "confirm:bc-assistant:village-assistant:CONFIRMED"), trail);
        events.stream().map(JsonValue::asJsonObject).forEach(e -> assertFalse(e.getString("at").isBlank()));
    }

    @Test
    void aProvidersOwnOrderIsAssignedToItAtOnce() {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期乙", false);
        JsonObject o = Orders.create("bc-provider-admin", elder, "BATH_AID", "SELF");
        assertEquals("ASSIGNED", o.getString("status"));
        assertEquals("PROVIDER", o.getString("origin"));
        assertEquals(provider.id(), o.getJsonNumber("providerId").longValue());
    }

    @Test
    void aProvidersSystemNamesTheElderByIdNumber() throws Exception {
        String idNumber = org.yiyang.it.support.Ids.elder(Orders.BC);
        long elder = Elders.register("bc-admin", "身份证下单", idNumber, Orders.BC_VILLAGE);
        Http.Reply r = Api.as("bc-provider-admin").post("/orders", Elders.json("elderIdNumber", idNumber,
                "service", "SHOPPING", "scheduledAt", Orders.soon(), "payer", "SELF"));
        assertEquals(201, r.status(), r::toString);
        assertEquals(elder, r.json().getJsonNumber("elderId").longValue());
        assertFalse(r.body().contains(idNumber), "the reply shows only the masked number");

        long before = Db.count("SELECT COUNT(*) FROM orders_order");
        assertProblem(Api.as("bc-provider-admin").post("/orders", Elders.json("elderIdNumber",
                org.yiyang.it.support.Ids.elder(Orders.BC), "service", "SHOPPING", "scheduledAt", Orders.soon(),
                "payer", "SELF")), 400, "order.elder.idNumber.unknown");
        assertProblem(Api.as("bc-provider-admin").post("/orders", Elders.json("elderIdNumber", "12345",
                "service", "SHOPPING", "scheduledAt", Orders.soon(), "payer", "SELF")), 400,
                "order.elder.idNumber.invalid");
        assertEquals(before, Db.count("SELECT COUNT(*) FROM orders_order"));
    }

    @Test
    void eachStepIsRefusedToTheRolesThatDoNotOwnIt() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期丙", false);
        long order = id(Orders.create("bc-township", elder, "CLEANING", "SELF"));
        String assign = Elders.json("providerId", provider.id());

        assertProblem(Orders.step("bc-assistant", order, "assign", assign), 403, "access.forbidden");
        assertProblem(Api.as("bc-volunteer").post("/orders", Orders.body(elder, "CLEANING", "SELF")), 403,
                "access.forbidden");
        Orders.done("bc-township", order, "assign", assign);

        assertProblem(Orders.step("bc-staff", order, "assign-staff", Elders.json("staffId", provider.worker())),
                403, "order.providerAdminOnly");
        assertProblem(Orders.step("bc-staff", order, "reject", Elders.json("reason", "x")), 403,
                "order.providerAdminOnly");
        assertProblem(Orders.step("bc-provider-admin", order, "cancel", Elders.json("reason", "x")), 403,
                "access.forbidden");
        Orders.done("bc-provider-admin", order, "assign-staff", Elders.json("staffId", provider.worker()));

        assertProblem(Orders.step("bc-staff", order, "check-in", LOCATION), 403, "order.providerOnly");
        assertProblem(Orders.step("bc-assistant", order, "check-in", LOCATION), 403, "order.providerOnly");
        Orders.done("bc-provider-staff", order, "check-in", LOCATION);
        assertProblem(Orders.step("bc-staff", order, "check-out", "{}"), 403, "order.providerOnly");
        Orders.done("bc-provider-staff", order, "check-out", "{}");

        String rating = Elders.json("rating", 5);
        assertProblem(Orders.step("bc-provider-admin", order, "confirm", rating), 403, "access.forbidden");
        assertProblem(Orders.step("bc-provider-staff", order, "confirm", rating), 403, "access.forbidden");
        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM orders_order_event WHERE order_id = ?", order),
                "refused steps leave no trace in the timeline");
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期丁", false);
        long order = id(Orders.create("bc-staff", elder, "CLEANING", "SELF"));

        assertProblem(Orders.step("bc-staff", order, "confirm", Elders.json("rating", 5)), 409,
                "order.transition.invalid");
        Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));
        assertProblem(Orders.step("bc-provider-admin", order, "check-in", LOCATION), 409, "order.noStaff");
        assertProblem(Orders.step("bc-staff", order, "assign", Elders.json("providerId", provider.id())), 409,
                "order.transition.invalid");
        Orders.done("bc-provider-admin", order, "assign-staff", Elders.json("staffId", provider.worker()));
        Orders.done("bc-provider-staff", order, "check-in", LOCATION);
        Http.Reply cancel = Orders.step("bc-staff", order, "cancel", Elders.json("reason", "不需要了"));
        assertProblem(cancel, 409, "order.transition.invalid");
        assertTrue(cancel.json().getString("detail").contains("服务中"), "the message names the status: " + cancel);
        assertProblem(Orders.step("bc-provider-admin", order, "reject", Elders.json("reason", "人手不足")), 409,
                "order.transition.invalid");
    }

    @Test
    void rejectedOrdersGoBackToTheDeskAndCancelledOrdersKeepTheirReason() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期戊", false);
        long order = id(Orders.create("bc-staff", elder, "MEAL_AID", "SELF"));
        Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));

        assertProblem(Orders.step("bc-provider-admin", order, "reject", "{}"), 400, "order.reason.required");
        JsonObject rejected = Orders.done("bc-provider-admin", order, "reject", Elders.json("reason", "该时段人手不足"));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("该时段人手不足", rejected.getString("closingReason"));
        assertEquals(404, Api.as("bc-provider-admin").get("/orders/" + order).status(),
                "a rejected order leaves the provider's view");

        JsonObject again = Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));
        assertEquals("ASSIGNED", again.getString("status"), "the desk can dispatch a rejected order again");
        JsonObject cancelled = Orders.done("bc-assistant", order, "cancel", Elders.json("reason", "老人住院"));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("老人住院", cancelled.getString("closingReason"));
        assertEquals("cancel", Db.single("SELECT action FROM orders_order_event WHERE order_id = ? "
                + "ORDER BY occurred_at DESC, id DESC LIMIT 1", order));
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "生命周期己", false);
        long hmElder = Orders.elder(Orders.HM, "外县老人", false);
        long before = Db.count("SELECT COUNT(*) FROM orders_order");
        Api desk = Api.as("bc-staff");

        assertProblem(desk.post("/orders", Orders.body(987654321L, "CLEANING", "SELF")), 400, "elder.notFound");
        assertProblem(desk.post("/orders", Orders.body(hmElder, "CLEANING", "SELF")), 400, "elder.notFound");
        assertProblem(desk.post("/orders", Elders.json("elderId", elder, "service", "CLEANING", "payer", "SELF",
                "scheduledAt", Instant.now().minus(Duration.ofHours(2)).toString())), 400, "order.scheduledAt.past");
        assertProblem(desk.post("/orders", Orders.body(elder, "MASSAGE", "SELF")), 400, "value.unknown");
        assertProblem(desk.post("/orders", Orders.body(elder, "CLEANING", null)), 400, "order.payer.required");
        assertProblem(desk.post("/orders", Elders.json("elderId", elder, "service", "CLEANING", "payer", "SELF",
                "scheduledAt", Orders.soon(), "quantity", 0)), 400, "order.quantity.invalid");
        assertProblem(desk.post("/orders", Orders.body(elder, "CLEANING", "ALLOWANCE")), 400,
                "order.allowance.notEligible");
        assertProblem(desk.post("/orders", "{\"elderId\": \"abc\""), 400, "request.invalidJson");
        Http.Reply english = desk.inLanguage("en").post("/orders", Elders.json("elderId", elder, "service",
                "CLEANING", "payer", "SELF", "scheduledAt", Instant.now().minus(Duration.ofDays(1)).toString()));
        assertEquals("order.scheduledAt.past", english.json().getString("code"));
        assertFalse(english.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"), "English on request");
        assertEquals(before, Db.count("SELECT COUNT(*) FROM orders_order"), "nothing was created");

        long order = id(Orders.create("bc-staff", elder, "CLEANING", "SELF"));
        Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));
        Orders.done("bc-provider-admin", order, "assign-staff", Elders.json("staffId", provider.worker()));
        assertProblem(Orders.step("bc-provider-staff", order, "check-in", "{\"latitude\":95,\"longitude\":118}"),
                400, "order.location.invalid");
        Orders.done("bc-provider-staff", order, "check-in", LOCATION);
        assertProblem(Orders.step("bc-provider-staff", order, "check-out", "{\"durationMinutes\":-5}"), 400,
                "order.duration.negative");
        assertProblem(Orders.step("bc-provider-staff", order, "check-out", "{\"durationMinutes\":600}"), 400,
                "order.duration.exceedsElapsed");
        assertEquals("CHECKED_IN", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
        assertNull(Db.single("SELECT duration_minutes FROM orders_order WHERE id = ?", order));
        Orders.done("bc-provider-staff", order, "check-out", "{\"durationMinutes\":0}");
        assertProblem(Orders.step("bc-staff", order, "confirm", Elders.json("rating", 6)), 400,
                "order.rating.invalid");
        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
    }

    @Test
    void dispatchGoesOnlyToProvidersOfHomeServicesServingTheElder() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long farElder = Elders.register("bc-admin", "北镇老人", org.yiyang.it.support.Ids.elder(Orders.BC),
                Orders.BC_OTHER_VILLAGE);
        long order = id(Orders.create("bc-staff", farElder, "CLEANING", "SELF"));
        assertProblem(Orders.step("bc-staff", order, "assign", Elders.json("providerId", provider.id())), 400,
                "order.provider.outsideArea");
        assertProblem(Orders.step("bc-staff", order, "assign", Elders.json("providerId", 987654321L)), 400,
                "provider.notFound");
        assertEquals("CREATED", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
        assertProblem(Api.as("bc-provider-admin").post("/orders", Orders.body(farElder, "CLEANING", "SELF")), 400,
                "elder.notFound");
    }

    @Test
    void theBoardAndTheTaskListShowTheRightOrders() {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "看板老人", false);
        long fresh = id(Orders.create("bc-provider-admin", elder, "SHOPPING", "SELF"));
        long mine = id(Orders.create("bc-provider-admin", elder, "CLEANING", "SELF"));
        Orders.done("bc-provider-admin", mine, "assign-staff", Elders.json("staffId", provider.worker()));
        long theirs = id(Orders.create("bc-provider-admin", elder, "BATH_AID", "SELF"));
        Orders.done("bc-provider-admin", theirs, "assign-staff", Elders.json("staffId", provider.secondWorker()));

        JsonObject board = Api.as("bc-provider-admin").get("/orders/board").json();
        assertTrue(ids(board.getJsonObject("fresh")).contains(fresh));
        assertFalse(ids(board.getJsonObject("fresh")).contains(mine), "a staffed order is no longer new");

        JsonObject tasks = Api.as("bc-provider-staff").get("/orders/tasks").json();
        assertTrue(ids(tasks.getJsonObject("open")).contains(mine));
        assertFalse(ids(tasks.getJsonObject("open")).contains(theirs), "another worker's order");
        assertFalse(ids(tasks.getJsonObject("open")).contains(fresh));
        assertEquals(403, Api.as("bc-provider-staff").get("/orders/board").status());
        assertEquals(403, Api.as("bc-staff").get("/orders/tasks").status());
    }

    @Test
    void concurrentReplaysOfOneIdempotencyKeyCreateOneOrder() throws Exception {
        long elder = Orders.elder(Orders.BC, "幂等老人", false);
        String key = "order-" + java.util.UUID.randomUUID();
        String body = Orders.body(elder, "SHOPPING", "SELF");
        Api.as("bc-staff").get("/orders?max=1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.as("bc-staff").post("/orders", body, key);
                }));
            }
            start.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (var f : replies) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r::toString);
                ids.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), "every replay answers with the one order");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM orders_order WHERE elder_id = ?", elder));
        Http.Reply other = Api.as("bc-staff").post("/orders", Orders.body(elder, "CLEANING", "SELF"), key);
        assertEquals(422, other.status(), "the key belongs to a different request: " + other);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM orders_order WHERE elder_id = ?", elder));
    }

    static List<Long> ids(JsonObject page) {
        return page.getJsonArray("orders").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }
}
