package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.JsonIds;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Every endpoint of providers, the service catalog, orders, allowances and settlements, called by 惠民县
 * users (the county administrator, the desk, the provider's administrator and worker) with 滨城区's ids:
 * 404 — the same answer as for an id that does not exist, so nothing can be inferred — or nothing found,
 * and nothing of 滨城区 changes. Within a county, a provider sees only its own orders and staff.
 */
@YiyangIT
class OrderTenantIsolationIT {

    static Orders.Provider bc;
    static long bcElder;
    static long bcOrder;
    static long bcCompleted;
    static long bcSettlement;
    static long bcSettledProvider;
    static final long MISSING = 987_654_321L;

    @BeforeAll
    static void binchengOrders() throws Exception {
        bc = Orders.provider(Orders.BC);
        Orders.provider(Orders.HM);
        bcElder = Orders.elder(Orders.BC, "滨城订单隔离", true);
        bcOrder = Orders.create("bc-staff", bcElder, "CLEANING", "ALLOWANCE").getJsonNumber("id").longValue();
        Orders.done("bc-staff", bcOrder, "assign", Elders.json("providerId", bc.id()));
        bcCompleted = Orders.completed(Orders.BC, bcElder, "MEAL_AID", "ALLOWANCE");
        Http.Reply empty = Api.as("bc-admin").post("/providers", "{\"code\":\"371602-P88\",\"name\":\"结算隔离服务商\","
                + "\"kind\":\"COMPANY\",\"works\":[\"HOME_SERVICES\"],\"area\":[\"371602001000\"]}");
        long emptyProvider = empty.json().getJsonNumber("id").longValue();
        bcSettledProvider = emptyProvider;
        Http.Reply settled = Api.as("bc-admin").post("/settlements", Elders.json("providerId", emptyProvider,
                "month", ServerClock.month().minusMonths(1).toString()));
        if (settled.status() != 201) {
            throw new AssertionError("settlement refused: " + settled);
        }
        bcSettlement = settled.json().getJsonNumber("id").longValue();
    }

    static void assertNotFound(Http.Reply forOther, Http.Reply forMissing) {
        assertEquals(404, forOther.status(), forOther::toString);
        assertEquals(forMissing.status(), forOther.status());
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"),
                "another county's id answers exactly like an id that does not exist");
    }

    static String state(long order) throws Exception {
        return Db.single("SELECT CONCAT(status, '/', version, '/', COALESCE(staff_id, '-'), '/', "
                + "(SELECT COUNT(*) FROM orders_order_event e WHERE e.order_id = o.id)) FROM orders_order o "
                + "WHERE id = ?", order).toString();
    }

    @Test
    void everyOrderEndpointAnswers404ForAnotherCountysOrder() throws Exception {
        String before = state(bcOrder);
        String completedBefore = state(bcCompleted);
        for (String user : List.of("hm-admin", "hm-staff", "hm-township", "hm-provider-admin", "hm-provider-staff")) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/orders/" + bcOrder), hm.get("/orders/" + MISSING));
            assertNotFound(hm.get("/orders/" + bcOrder + "/events"), hm.get("/orders/" + MISSING + "/events"));
        }
        Api desk = Api.as("hm-staff");
        Api admin = Api.as("hm-provider-admin");
        Api worker = Api.as("hm-provider-staff");
        Orders.Provider hm = Orders.provider(Orders.HM);
        String assign = Elders.json("providerId", hm.id());
        assertNotFound(desk.post("/orders/" + bcOrder + "/assign", assign),
                desk.post("/orders/" + MISSING + "/assign", assign));
        assertNotFound(desk.post("/orders/" + bcOrder + "/cancel", Elders.json("reason", "x")),
                desk.post("/orders/" + MISSING + "/cancel", Elders.json("reason", "x")));
        assertNotFound(desk.post("/orders/" + bcCompleted + "/confirm", Elders.json("rating", 1)),
                desk.post("/orders/" + MISSING + "/confirm", Elders.json("rating", 1)));
        String staff = Elders.json("staffId", hm.worker());
        assertNotFound(admin.post("/orders/" + bcOrder + "/assign-staff", staff),
                admin.post("/orders/" + MISSING + "/assign-staff", staff));
        assertNotFound(admin.post("/orders/" + bcOrder + "/reject", Elders.json("reason", "x")),
                admin.post("/orders/" + MISSING + "/reject", Elders.json("reason", "x")));
        String location = "{\"latitude\":37.5,\"longitude\":117.5}";
        assertNotFound(worker.post("/orders/" + bcOrder + "/check-in", location),
                worker.post("/orders/" + MISSING + "/check-in", location));
        assertNotFound(worker.post("/orders/" + bcCompleted + "/check-out", "{}"),
                worker.post("/orders/" + MISSING + "/check-out", "{}"));
        assertEquals(before, state(bcOrder), "滨城区's order is unchanged");
        assertEquals(completedBefore, state(bcCompleted));
    }

    @Test
    void searchesBoardsAndTaskListsNeverShowAnotherCountysOrders() {
        for (String user : List.of("hm-admin", "hm-staff", "hm-township", "hm-provider-admin", "hm-provider-staff")) {
            JsonObject page = Api.as(user).get("/orders?elderId=" + bcElder).json();
            assertEquals(0, page.getInt("total"), user);
            JsonObject all = Api.as(user).get("/orders?max=200").json();
            assertFalse(all.getJsonArray("orders").stream().map(JsonValue::asJsonObject)
                    .anyMatch(o -> o.getJsonNumber("id").longValue() == bcOrder), user);
        }
        assertFalse(JsonIds.of(Api.as("hm-provider-admin").get("/orders/board")).contains(bcOrder));
        assertFalse(JsonIds.of(Api.as("hm-provider-staff").get("/orders/tasks")).contains(bcCompleted));
        Http.Reply filter = Api.as("hm-staff").get("/orders?providerId=" + bc.id());
        assertEquals(0, filter.json().getInt("total"), "filtering by another county's provider finds nothing");
    }

    @Test
    void ordersCannotNameAnotherCountysElderProviderOrStaff() throws Exception {
        long orders = Db.count("SELECT COUNT(*) FROM orders_order");
        Http.Reply elder = Api.as("hm-staff").post("/orders", Orders.body(bcElder, "CLEANING", "SELF"));
        assertEquals(400, elder.status());
        assertEquals("elder.notFound", elder.json().getString("code"));
        Http.Reply own = Api.as("hm-provider-admin").post("/orders", Orders.body(bcElder, "CLEANING", "SELF"));
        assertEquals("elder.notFound", own.json().getString("code"));
        assertEquals(orders, Db.count("SELECT COUNT(*) FROM orders_order"));

        long hmElder = Orders.elder(Orders.HM, "惠民订单隔离", false);
        long hmOrder = Orders.create("hm-staff", hmElder, "CLEANING", "SELF").getJsonNumber("id").longValue();
        Http.Reply provider = Orders.step("hm-staff", hmOrder, "assign", Elders.json("providerId", bc.id()));
        assertEquals(400, provider.status());
        assertEquals("provider.notFound", provider.json().getString("code"));
        Orders.done("hm-staff", hmOrder, "assign", Elders.json("providerId", Orders.provider(Orders.HM).id()));
        Http.Reply staff = Orders.step("hm-provider-admin", hmOrder, "assign-staff",
                Elders.json("staffId", bc.worker()));
        assertEquals(400, staff.status());
        assertEquals("order.staff.unknown", staff.json().getString("code"));
        assertEquals("ASSIGNED", Db.single("SELECT status FROM orders_order WHERE id = ?", hmOrder));
    }

    @Test
    void allowancesAreReadOnlyInTheEldersCounty() throws Exception {
        Http.Reply other = Api.as("hm-staff").get("/orders/allowances/" + bcElder);
        assertEquals(404, other.status());
        assertEquals("elder.notFound", other.json().getString("code"));
        assertEquals(Api.as("hm-staff").get("/orders/allowances/" + MISSING).json().getString("code"),
                other.json().getString("code"));
    }

    @Test
    void providersAndTheirStaffStayInTheirCounty() throws Exception {
        Api hm = Api.as("hm-admin");
        assertNotFound(hm.get("/providers/" + bc.id()), hm.get("/providers/" + MISSING));
        assertNotFound(hm.get("/providers/" + bc.id() + "/staff"), hm.get("/providers/" + MISSING + "/staff"));
        String update = "{\"name\":\"改名\",\"kind\":\"COMPANY\",\"works\":[\"HOME_SERVICES\"],"
                + "\"area\":[\"371621001000\"]}";
        assertNotFound(hm.put("/providers/" + bc.id(), update), hm.put("/providers/" + MISSING, update));
        String staff = Elders.json("name", "外县员工");
        assertNotFound(hm.post("/providers/" + bc.id() + "/staff", staff),
                hm.post("/providers/" + MISSING + "/staff", staff));
        assertNotFound(hm.post("/providers/staff/" + bc.worker() + "/deactivate", "{}"),
                hm.post("/providers/staff/" + MISSING + "/deactivate", "{}"));
        assertTrue(JsonIds.of(Api.as("bc-admin").get("/providers")).contains(bc.id()), "control");
        assertFalse(JsonIds.of(hm.get("/providers")).contains(bc.id()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM providers_staff WHERE id = ? AND active", bc.worker()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM providers_staff WHERE provider_id = ?", bc.id()));

        Http.Reply area = hm.post("/providers", "{\"code\":\"371621-X1\",\"name\":\"越界服务商\","
                + "\"kind\":\"COMPANY\",\"works\":[\"HOME_SERVICES\"],\"area\":[\"371602001000\"]}");
        assertEquals(400, area.status(), "a provider cannot serve another county's township");
        assertEquals("township.unknown", area.json().getString("code"));

        Http.Reply sameCode = hm.post("/providers", "{\"code\":\"371602-P01\",\"name\":\"同编号\","
                + "\"kind\":\"COMPANY\",\"works\":[\"MEALS\"],\"area\":[\"371621001000\"]}");
        assertEquals(201, sameCode.status(), "codes are unique per county, so a code used elsewhere says nothing");
    }

    @Test
    void withinACountyAProviderSeesOnlyItsOwnStaffAndOrders() throws Exception {
        Api admin = Api.as("bc-admin");
        Http.Reply second = admin.post("/providers", "{\"code\":\"371602-P77\",\"name\":\"另一家服务商\","
                + "\"kind\":\"COMPANY\",\"works\":[\"HOME_SERVICES\"],\"area\":[\"371602001000\"]}");
        assertEquals(201, second.status(), second::toString);
        long other = second.json().getJsonNumber("id").longValue();
        Api provider = Api.as("bc-provider-admin");
        assertNotFound(provider.get("/providers/" + other), provider.get("/providers/" + MISSING));
        assertNotFound(provider.get("/providers/" + other + "/staff"), provider.get("/providers/" + MISSING + "/staff"));
        Http.Reply add = provider.post("/providers/" + other + "/staff", Elders.json("name", "挖人"));
        assertEquals(404, add.status());
        assertEquals(1, provider.get("/providers").jsonStructure().asJsonArray().size(), "only its own provider");

        long elder = Orders.elder(Orders.BC, "别家订单", false);
        long order = Orders.create("bc-staff", elder, "CLEANING", "SELF").getJsonNumber("id").longValue();
        Orders.done("bc-staff", order, "assign", Elders.json("providerId", other));
        assertNotFound(provider.get("/orders/" + order), provider.get("/orders/" + MISSING));
        assertEquals(0, provider.get("/orders?elderId=" + elder).json().getInt("total"));
    }

    @Test
    void priceChangesAndSettlementsStayInTheirCounty() throws Exception {
        LocalDate today = ServerClock.today();
        // a price change of the test-only county 沾化区 (no test reads its prices expecting the defaults)
        Http.Reply change = Api.as("zh-admin").post("/services/REHAB_CARE", "{\"unitPrice\":95.50,"
                + "\"durationMinutes\":60,\"effectiveFrom\":\"" + today.plusDays(1) + "\",\"reason\":\"沾化区调价\"}");
        assertEquals(201, change.status(), change::toString);
        for (String user : List.of("bc-staff", "hm-staff")) {
            var history = Api.as(user).get("/services/REHAB_CARE").jsonStructure().asJsonArray();
            assertFalse(history.isEmpty(), user);
            assertTrue(history.stream().map(JsonValue::asJsonObject)
                    .noneMatch(p -> "沾化区调价".equals(p.getString("reason", null))),
                    user + ": the price history does not show 沾化区's change");
        }

        Http.Reply settle = Api.as("hm-admin").post("/settlements", Elders.json("providerId", bc.id(),
                "month", YearMonth.from(today).toString()));
        assertEquals(400, settle.status(), "another county's provider is unknown here: " + settle);
        assertEquals("provider.notFound", settle.json().getString("code"));
        Api hm = Api.as("hm-admin");
        assertNotFound(hm.get("/settlements/" + bcSettlement), hm.get("/settlements/" + MISSING));
        assertEquals(404, hm.download("/settlements/" + bcSettlement + "/statement.xlsx").statusCode());
        assertEquals(404, Api.as("bc-provider-admin").get("/settlements/" + bcSettlement).status(),
                "another provider's statement, even in the same county");
        assertTrue(JsonIds.of(Api.as("bc-admin").get("/settlements")).contains(bcSettlement), "control");
        assertFalse(JsonIds.of(Api.as("hm-admin").get("/settlements")).contains(bcSettlement));
        var hmProviders = JsonIds.of(Api.as("hm-admin").get("/settlements"), "providerId");
        assertFalse(hmProviders.contains(bc.id()) || hmProviders.contains(bcSettledProvider));
    }
}
