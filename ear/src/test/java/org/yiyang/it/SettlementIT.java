package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Xlsx;
import org.yiyang.it.support.YiyangIT;

/**
 * Monthly settlement with a provider (惠民县, whose provider no other test settles): confirmed orders only,
 * totals by payer, a statement in Excel, and the month locked afterwards.
 */
@YiyangIT
class SettlementIT {

    static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    static BigDecimal confirmedTotal(long provider, String payer) throws Exception {
        BigDecimal v = (BigDecimal) Db.single("SELECT COALESCE(SUM(amount), 0) FROM orders_order WHERE county_code = "
                + "'371621' AND provider_id = ? AND status = 'CONFIRMED' AND payer = ?", provider, payer);
        return v.setScale(2);
    }

    @Test
    void aSettledMonthHoldsTheConfirmedOrdersByPayerAndIsLocked() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.HM);
        long hardship = Orders.elder(Orders.HM, "结算甲", true);
        long other = Orders.elder(Orders.HM, "结算乙", false);
        long allowanceOrder = Orders.completed(Orders.HM, hardship, "CLEANING", "ALLOWANCE");
        long selfOrder = Orders.completed(Orders.HM, other, "BATH_AID", "SELF");
        long charityOrder = Orders.completed(Orders.HM, other, "SHOPPING", "CHARITY");
        long unconfirmed = Orders.completed(Orders.HM, other, "MEAL_AID", "SELF");
        for (long o : List.of(allowanceOrder, selfOrder, charityOrder)) {
            Orders.done("hm-township", o, "confirm", Elders.json("rating", 5));
        }
        Map<String, BigDecimal> expected = Map.of("SELF", confirmedTotal(provider.id(), "SELF"),
                "ALLOWANCE", confirmedTotal(provider.id(), "ALLOWANCE"),
                "CHARITY", confirmedTotal(provider.id(), "CHARITY"));
        long expectedOrders = Db.count("SELECT COUNT(*) FROM orders_order WHERE county_code = '371621' "
                + "AND provider_id = ? AND status = 'CONFIRMED'", provider.id());

        Http.Reply refused = Api.as("hm-staff").post("/settlements", Elders.json("providerId", provider.id(),
                "month", MONTH));
        assertEquals(403, refused.status(), "only the county administrator settles");
        Http.Reply future = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", YearMonth.parse(MONTH).plusMonths(1).toString()));
        assertEquals("settlement.month.future", future.json().getString("code"));

        Http.Reply settled = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", MONTH));
        assertEquals(201, settled.status(), settled::toString);
        JsonObject s = settled.json();
        assertEquals(expectedOrders, s.getInt("orders"));
        assertEquals(expected.get("SELF"), s.getJsonNumber("totalSelf").bigDecimalValue().setScale(2));
        assertEquals(expected.get("ALLOWANCE"), s.getJsonNumber("totalAllowance").bigDecimalValue().setScale(2));
        assertEquals(expected.get("CHARITY"), s.getJsonNumber("totalCharity").bigDecimalValue().setScale(2));
        assertEquals(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                s.getJsonNumber("total").bigDecimalValue().setScale(2));
        List<Long> lines = s.getJsonArray("lines").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(lines.containsAll(List.of(allowanceOrder, selfOrder, charityOrder)));
        assertFalse(lines.contains(unconfirmed), "an order not yet confirmed waits for the next settlement");
        long id = s.getJsonNumber("id").longValue();

        for (long o : List.of(allowanceOrder, selfOrder, charityOrder)) {
            assertEquals("SETTLED", Db.single("SELECT status FROM orders_order WHERE id = ?", o));
        }
        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", unconfirmed));

        Http.Reply twice = Api.as("hm-admin").post("/settlements", Elders.json("providerId", provider.id(),
                "month", MONTH));
        assertEquals(409, twice.status(), "a settled month is locked");
        assertEquals("settlement.exists", twice.json().getString("code"));
        Http.Reply reopen = Orders.step("hm-township", selfOrder, "cancel", Elders.json("reason", "改错了"));
        assertEquals(409, reopen.status(), "a settled order cannot change");

        HttpResponse<byte[]> xlsx = Api.as("hm-admin").download("/settlements/" + id + "/statement.xlsx");
        assertEquals(200, xlsx.statusCode());
        String all = Xlsx.text(xlsx.body());
        assertTrue(all.contains(String.valueOf(selfOrder)) && all.contains(String.valueOf(charityOrder)), all);
        assertTrue(all.contains("结算甲") && all.contains("政府购买服务"), all);
        assertFalse(all.contains("\n" + unconfirmed + "\t"), all);
        assertFalse(all.matches("(?s).*\\d{17}[\\dX].*"), "no full ID numbers in the statement");

        assertTrue(Api.as("hm-provider-admin").get("/settlements").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).anyMatch(x -> x.getJsonNumber("id").longValue() == id),
                "the provider sees its own statement");
        assertEquals(200, Api.as("hm-provider-admin").get("/settlements/" + id).status());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'PROVIDER_SETTLED' "
                + "AND county_code = '371621' AND subject_id = ?", String.valueOf(provider.id())));
    }
}
