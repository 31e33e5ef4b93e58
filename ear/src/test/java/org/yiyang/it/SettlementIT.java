package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.Xlsx;
import org.yiyang.it.support.YiyangIT;

/**
 * Monthly settlement with a provider (惠民县's provider P09, to which no other test gives work): confirmed orders only,
 * totals by payer, a statement in Excel, and the month locked afterwards.
 */
@YiyangIT
class SettlementIT {

    @Test
    void aSettledMonthHoldsTheConfirmedOrdersByPayerAndIsLocked() throws Exception {
        String month = ServerClock.month().toString();
        // the provider only this test gives work to: its statement holds exactly the orders below
        Orders.Accounts p09 = Orders.settlementProvider();
        Orders.Provider provider = Orders.provider(p09);
        long hardship = Orders.elder(Orders.HM, "结算甲", true);
        long other = Orders.elder(Orders.HM, "结算乙", false);
        long allowanceOrder = Orders.completed(p09, hardship, "CLEANING", "ALLOWANCE");   // 40.00
        long selfOrder = Orders.completed(p09, other, "BATH_AID", "SELF");                // 60.00
        long charityOrder = Orders.completed(p09, other, "SHOPPING", "CHARITY");          // 20.00
        long unconfirmed = Orders.completed(p09, other, "MEAL_AID", "SELF");              // 15.00, not confirmed
        for (long o : List.of(allowanceOrder, selfOrder, charityOrder)) {
            Orders.done("hm-township", o, "confirm", Elders.json("rating", 5));
        }

        Http.Reply refused = Api.as("hm-staff").post("/settlements", Elders.json("providerId", provider.id(),
                "month", month));
        assertEquals(403, refused.status(), "only the county administrator settles");
        Http.Reply future = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", YearMonth.parse(month).plusMonths(1).toString()));
        assertEquals("settlement.month.future", future.json().getString("code"));

        Http.Reply settled = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", month));
        assertEquals(201, settled.status(), settled::toString);
        JsonObject s = settled.json();
        // the national default prices: 助洁 40.00, 助浴 60.00, 代购 20.00 (惠民县 changes none of them)
        assertEquals(3, s.getInt("orders"));
        assertEquals(new BigDecimal("60.00"), s.getJsonNumber("totalSelf").bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("40.00"), s.getJsonNumber("totalAllowance").bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("20.00"), s.getJsonNumber("totalCharity").bigDecimalValue().setScale(2));
        assertEquals(new BigDecimal("120.00"), s.getJsonNumber("total").bigDecimalValue().setScale(2));
        List<Long> lines = s.getJsonArray("lines").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(java.util.Set.of(allowanceOrder, selfOrder, charityOrder), java.util.Set.copyOf(lines));
        assertFalse(lines.contains(unconfirmed), "an order not yet confirmed waits for the next settlement");
        long id = s.getJsonNumber("id").longValue();

        for (long o : List.of(allowanceOrder, selfOrder, charityOrder)) {
            assertEquals("SETTLED", Db.single("SELECT status FROM orders_order WHERE id = ?", o));
        }
        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", unconfirmed));

        Http.Reply twice = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", month));
        assertEquals(409, twice.status(), "a settled month is locked");
        assertEquals("settlement.exists", twice.json().getString("code"));
        Http.Reply reopen = Orders.step("hm-township", selfOrder, "cancel", Elders.json("reason", "改错了"));
        assertEquals(409, reopen.status(), "a settled order cannot change");

        assertEquals(0, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'SETTLEMENT_EXPORTED' "
                + "AND subject_id = ?", String.valueOf(id)));
        HttpResponse<byte[]> xlsx = Api.as("hm-admin").download("/settlements/" + id + "/statement.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'SETTLEMENT_EXPORTED' "
                + "AND county_code = '371621' AND actor = 'hm-admin' AND subject_id = ?", String.valueOf(id)),
                "the export of a statement naming elders is audited");
        String all = Xlsx.text(xlsx.body());
        assertTrue(all.contains(String.valueOf(selfOrder)) && all.contains(String.valueOf(charityOrder)), all);
        assertTrue(all.contains("结算甲") && all.contains("政府购买服务"), all);
        assertFalse(all.contains("\n" + unconfirmed + "\t"), all);
        assertFalse(all.matches("(?s).*\\d{17}[\\dX].*"), "no full ID numbers in the statement");

        assertTrue(Api.as(p09.admin()).get("/settlements").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).anyMatch(x -> x.getJsonNumber("id").longValue() == id),
                "the provider sees its own statement");
        assertEquals(200, Api.as(p09.admin()).get("/settlements/" + id).status());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'PROVIDER_SETTLED' "
                + "AND county_code = '371621' AND subject_id = ?", String.valueOf(provider.id())));
    }
}
