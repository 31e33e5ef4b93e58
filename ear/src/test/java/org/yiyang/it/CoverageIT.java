package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * Coverage keeps its figures from the contexts' events, in the transactions that did the work: a completed order, an
 * approved plan (with its subsidy) and a recorded visit each count once, in their own county only, and a refused
 * step counts nothing. City officials read the figures; nobody else does.
 */
@YiyangIT
class CoverageIT {

    static Map<String, JsonObject> figures() {
        Http.Reply r = Api.as("bz-city").get("/coverage/counties");
        assertEquals(200, r.status(), r::toString);
        return r.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("countyCode"), o -> o));
    }

    static int n(JsonObject county, String figure) {
        return county.getInt(figure);
    }

    @Test
    void workDoneCountsOnceInItsOwnCountyAndARefusedStepCountsNothing() {
        long served = Orders.elder(Orders.BC, "覆盖统计服务", false);
        long renovated = Orders.elder(Orders.BC, "覆盖统计改造", false);
        long visited = Visits.elder(Orders.BC, "覆盖统计探访", "INDEPENDENT");
        long enrolment = Visits.enrol(Orders.BC, visited).getJsonNumber("id").longValue();
        Map<String, JsonObject> before = figures();

        Orders.completed(Orders.BC, served, "CLEANING", "SELF");
        long plan = Plans.approved(Orders.BC, renovated);
        Http.Reply visit = Api.as("bc-assistant").post("/visits/enrolments/" + enrolment + "/visits",
                Elders.json("kind", "HOME"));
        assertEquals(201, visit.status(), visit::toString);
        Http.Reply again = Plans.step("bc-admin", plan, "approve",
                Elders.json("contractorId", Orders.provider(Orders.BC).id()));
        assertEquals(409, again.status(), "approving twice is refused: " + again);

        Map<String, JsonObject> after = figures();
        assumeTrue(before.get(Orders.BC).getString("month").equals(after.get(Orders.BC).getString("month")),
                "the China month turned during the test");
        JsonObject bc0 = before.get(Orders.BC);
        JsonObject bc1 = after.get(Orders.BC);
        assertEquals(n(bc0, "ordersCompleted") + 1, n(bc1, "ordersCompleted"));
        assertEquals(n(bc0, "plansApproved") + 1, n(bc1, "plansApproved"), "the refused second approval counts nothing");
        assertEquals(bc0.getJsonNumber("subsidyApproved").bigDecimalValue().add(new BigDecimal("360.00")),
                bc1.getJsonNumber("subsidyApproved").bigDecimalValue(), "B01 x2 = 360 yuan, within the cap");
        assertEquals(n(bc0, "visitsRecorded") + 1, n(bc1, "visitsRecorded"));
        JsonObject hm0 = before.get(Orders.HM);
        JsonObject hm1 = after.get(Orders.HM);
        for (String figure : new String[] {"ordersCompleted", "plansApproved", "visitsRecorded"}) {
            assertEquals(n(hm0, figure), n(hm1, figure), "another county's " + figure + " do not move");
        }
        assertEquals(hm0.getJsonNumber("subsidyApproved").bigDecimalValue(),
                hm1.getJsonNumber("subsidyApproved").bigDecimalValue());
    }

    @Test
    void onlyCityOfficialsReadTheFiguresOfTheirCitysCountiesAndNoPerson() {
        for (String user : new String[] {"bc-admin", "hm-staff", "bc-township", "bc-provider-admin"}) {
            assertEquals(403, Api.as(user).get("/coverage/counties").status(), user);
        }
        Map<String, JsonObject> counties = figures();
        assertTrue(counties.containsKey(Orders.BC) && counties.containsKey(Orders.HM), counties.keySet().toString());
        assertTrue(counties.keySet().stream().allMatch(c -> c.startsWith("3716")), "only Binzhou's counties");
        for (JsonObject c : counties.values()) {
            assertEquals(java.util.Set.of("countyCode", "countyName", "elders", "month", "ordersCompleted",
                    "plansApproved", "subsidyApproved", "visitsRecorded"), c.keySet(), "figures only");
        }
        String page = PortalSession.login("bz-city").get("/").body();
        assertTrue(page.contains("完成上门服务") && page.contains("批准补贴（元）") && page.contains("探访次数"), page);
        assertFalse(page.contains("覆盖统计服务"), "no elder on the city's page");
    }
}
