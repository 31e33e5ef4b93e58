package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * Every renovation endpoint called by 惠民县 users (administrator, assessor, township staff, grid worker,
 * contractor) with 滨城区's ids: 404 exactly as for an id that does not exist, or nothing found; and nothing of
 * 滨城区 changes — plans, their steps, photos, the household's subsidy or the catalog.
 */
@YiyangIT
class RenovationTenantIsolationIT {

    static final long MISSING = 987_654_321L;
    static final List<String> HM_USERS = List.of("hm-admin", "hm-staff", "hm-township", "hm-assistant",
            "hm-provider-admin", "hm-provider-staff");
    static long bcElder;
    static long bcPlan;
    static long bcPhoto;
    static long bcHousehold;
    static long bcContractor;

    @BeforeAll
    static void binchengPlan() throws Exception {
        bcContractor = Orders.provider(Orders.BC).id();
        Orders.provider(Orders.HM);
        bcElder = Orders.elder(Orders.BC, "滨城改造隔离", true);
        bcPlan = Plans.approved(Orders.BC, bcElder);
        Http.Reply photo = Plans.upload("bc-provider-admin", bcPlan, "BEFORE", "before.png", Plans.png(64, 64),
                "image/png");
        Plans.expect(201, photo);
        bcPhoto = photo.json().getJsonNumber("id").longValue();
        bcHousehold = Api.as("bc-admin").get("/renovations/" + bcPlan).json().getJsonNumber("householdId").longValue();
    }

    static String state() throws Exception {
        return Db.single("SELECT CONCAT(p.status, '/', p.version, '/', p.subsidy, '/', "
                + "(SELECT COUNT(*) FROM renovation_plan_event e WHERE e.plan_id = p.id), '/', "
                + "(SELECT COUNT(*) FROM shared_attachment a WHERE a.owner_id = p.id AND a.owner_type = 'renovation'), '/', "
                + "(SELECT approved FROM renovation_household_subsidy s WHERE s.household_id = p.household_id)) "
                + "FROM renovation_plan p WHERE p.id = ?", bcPlan).toString();
    }

    static void assertNotFound(Http.Reply forOther, Http.Reply forMissing) {
        assertEquals(404, forOther.status(), forOther::toString);
        assertEquals(forMissing.status(), forOther.status());
        assertEquals(forMissing.json().getString("code"), forOther.json().getString("code"),
                "another county's id answers exactly like an id that does not exist");
    }

    @Test
    void everyPlanEndpointAnswers404ForAnotherCountysPlan() throws Exception {
        String before = state();
        for (String user : HM_USERS) {
            Api hm = Api.as(user);
            assertNotFound(hm.get("/renovations/" + bcPlan), hm.get("/renovations/" + MISSING));
            assertNotFound(hm.get("/renovations/" + bcPlan + "/events"), hm.get("/renovations/" + MISSING + "/events"));
            assertNotFound(hm.get("/renovations/" + bcPlan + "/allowance"),
                    hm.get("/renovations/" + MISSING + "/allowance"));
            assertNotFound(hm.get("/renovations/" + bcPlan + "/photos"), hm.get("/renovations/" + MISSING + "/photos"));
            assertEquals(404, hm.download("/renovations/" + bcPlan + "/photos/" + bcPhoto).statusCode(), user);
            assertEquals(404, hm.download("/renovations/" + bcPlan + "/photos/" + bcPhoto + "/thumbnail").statusCode());
        }
        Api admin = Api.as("hm-admin");
        for (String step : List.of("approve", "reject", "settle")) {
            assertNotFound(admin.post("/renovations/" + bcPlan + "/" + step, Elders.json("reason", "x",
                    "contractorId", bcContractor)), admin.post("/renovations/" + MISSING + "/" + step,
                    Elders.json("reason", "x", "contractorId", bcContractor)));
        }
        Api staff = Api.as("hm-staff");
        assertNotFound(staff.post("/renovations/" + bcPlan + "/assess", Plans.items("B01", 1)),
                staff.post("/renovations/" + MISSING + "/assess", Plans.items("B01", 1)));
        assertNotFound(Plans.upload("hm-staff", bcPlan, "ASSESSMENT", "a.png", Plans.png(10, 10), "image/png"),
                Plans.upload("hm-staff", MISSING, "ASSESSMENT", "a.png", Plans.png(10, 10), "image/png"));
        for (String user : List.of("hm-provider-admin", "hm-provider-staff")) {
            Api builder = Api.as(user);
            for (String step : List.of("start", "complete")) {
                assertNotFound(builder.post("/renovations/" + bcPlan + "/" + step, "{}"),
                        builder.post("/renovations/" + MISSING + "/" + step, "{}"));
            }
            assertNotFound(Plans.upload(user, bcPlan, "BEFORE", "a.png", Plans.png(10, 10), "image/png"),
                    Plans.upload(user, MISSING, "BEFORE", "a.png", Plans.png(10, 10), "image/png"));
        }
        Api township = Api.as("hm-township");
        for (String step : List.of("accept", "send-back")) {
            assertNotFound(township.post("/renovations/" + bcPlan + "/" + step, Elders.json("reason", "x")),
                    township.post("/renovations/" + MISSING + "/" + step, Elders.json("reason", "x")));
        }
        assertEquals(before, state(), "nothing of 滨城区 changed");
    }

    @Test
    void listsFiguresAndHouseholdsShowNothingOfAnotherCounty() throws Exception {
        for (String user : HM_USERS) {
            Http.Reply list = Api.as(user).get("/renovations?max=200");
            assertEquals(200, list.status(), list::toString);
            assertTrue(list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .noneMatch(p -> p.getJsonNumber("id").longValue() == bcPlan), user);
            Http.Reply filtered = Api.as(user).get("/renovations?elderId=" + bcElder + "&householdId=" + bcHousehold);
            assertEquals(0, filtered.json().getInt("total"), user);
        }
        String month = ServerClock.month().toString();
        var figures = Api.as("hm-admin").get("/renovations/figures?from=" + month + "&to=" + month).jsonStructure()
                .asJsonArray();
        assertTrue(figures.stream().allMatch(v -> v.asJsonObject().getString("townshipCode").startsWith(Orders.HM)));
        assertNotFound(Api.as("hm-admin").get("/renovations/households/" + bcHousehold + "/allowance"),
                Api.as("hm-admin").get("/renovations/households/" + MISSING + "/allowance"));
        assertEquals(404, Api.as("hm-township").get("/renovations/households/" + bcHousehold + "/allowance").status());
    }

    @Test
    void anotherCountysElderAndContractorCannotBeUsed() throws Exception {
        long plans = Db.count("SELECT COUNT(*) FROM renovation_plan");
        Http.Reply apply = Api.as("hm-staff").post("/renovations", Elders.json("elderId", bcElder));
        assertEquals(400, apply.status(), apply::toString);
        assertEquals(plans, Db.count("SELECT COUNT(*) FROM renovation_plan"));
        long hmElder = Orders.elder(Orders.HM, "惠民改造隔离", false);
        long hmPlan = Plans.apply(Orders.HM, hmElder);
        Plans.done("hm-staff", hmPlan, "assess", Plans.items("B01", 1));
        Http.Reply approve = Plans.step("hm-admin", hmPlan, "approve", Elders.json("contractorId", bcContractor));
        assertEquals(400, approve.status(), approve::toString);
        assertEquals("ASSESSED", Api.as("hm-admin").get("/renovations/" + hmPlan).json().getString("status"));
        String bcCatalog = Api.as("bc-admin").get("/renovations/catalog").body();
        // a price change of the test-only county 沾化区 (no test reads its catalog expecting the defaults)
        Http.Reply price = Api.as("zh-admin").put("/renovations/catalog/S01",
                "{\"unitPrice\":299.00,\"reason\":\"沾化区调价\"}");
        assertEquals(200, price.status(), price::toString);
        assertEquals(bcCatalog, Api.as("bc-admin").get("/renovations/catalog").body(), "滨城区's catalog is its own");
        assertFalse(Api.as("bc-admin").get("/renovations/catalog").body().contains("299"));
        assertFalse(Api.as("hm-admin").get("/renovations/catalog").body().contains("299"));
        assertEquals(new BigDecimal("360.00"), Db.single("SELECT approved FROM renovation_household_subsidy "
                + "WHERE household_id = ?", bcHousehold));
    }
}
