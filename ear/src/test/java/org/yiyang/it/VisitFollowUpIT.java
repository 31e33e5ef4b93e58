package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * A visit's follow-ups are real records of their services, linked to the visit until closed — the elder's
 * chain — and a visit can carry photos from the shared attachment store, seen only within the county.
 */
@YiyangIT
class VisitFollowUpIT {

    @Test
    void followUpsCreateRealRecordsAndStayLinkedUntilClosed() throws Exception {
        long elder = Visits.elder(Orders.BC, "探访帮扶链", "PARTIAL");
        long e = Visits.enrol(Orders.BC, elder).getJsonNumber("id").longValue();
        Http.Reply v = Api.as("bc-assistant").post("/visits/enrolments/" + e + "/visits", Elders.json("kind", "HOME",
                "needs", "需要助洁和加装扶手"));
        long visit = v.json().getJsonNumber("id").longValue();
        String base = "/visits/enrolments/" + e + "/visits/" + visit + "/followups";

        Http.Reply order = Api.as("bc-assistant").post(base, Elders.json("kind", "ORDER", "service", "CLEANING",
                "scheduledAt", Instant.now().plusSeconds(7200).toString(), "payer", "SELF", "note", "每周一次助洁"));
        assertEquals(201, order.status(), order::toString);
        long orderId = order.json().getJsonNumber("orderId").longValue();
        assertEquals(elder, ((Number) Db.single("SELECT elder_id FROM orders_order WHERE id = ?", orderId)).longValue(),
                "a real order of the elder");
        Http.Reply plan = Api.as("bc-assistant").post(base, Elders.json("kind", "RENOVATION", "note", "卫生间扶手"));
        assertEquals(201, plan.status(), plan::toString);
        long planId = plan.json().getJsonNumber("planId").longValue();
        assertEquals("APPLIED", Db.single("SELECT status FROM renovation_plan WHERE id = ?", planId));
        assertEquals(400, Api.as("bc-assistant").post(base, Elders.json("kind", "REFERRAL")).status(), "where to?");
        assertEquals(400, Api.as("bc-assistant").post(base, Elders.json("kind", "GIFT")).status());
        Http.Reply referral = Api.as("bc-assistant").post(base, Elders.json("kind", "REFERRAL", "referredTo",
                "镇卫生院家庭医生", "note", "血压偏高"));
        assertEquals(201, referral.status());
        long referralId = referral.json().getJsonNumber("id").longValue();

        JsonArray chain = Api.as("bc-township").get("/visits/enrolments/" + e + "/followups").jsonStructure().asJsonArray();
        assertEquals(3, chain.size());
        assertTrue(chain.stream().map(x -> x.asJsonObject()).noneMatch(x -> x.getBoolean("closed")));

        assertEquals(409, Api.as("bc-assistant").post("/visits/enrolments/" + e + "/followups/"
                + order.json().getJsonNumber("id") + "/close", Elders.json("reason", "x")).status(),
                "an order closes with the order");
        JsonObject closed = Api.as("bc-assistant").post("/visits/enrolments/" + e + "/followups/" + referralId + "/close",
                Elders.json("reason", "家庭医生已上门")).json();
        assertTrue(closed.getBoolean("closed"));
        Orders.done("bc-staff", orderId, "cancel", Elders.json("reason", "家属已自行安排"));
        Plans.done("bc-admin", planId, "reject", Elders.json("reason", "已享受同类补贴"));
        chain = Api.as("bc-staff").get("/visits/enrolments/" + e + "/followups").jsonStructure().asJsonArray();
        assertTrue(chain.stream().map(x -> x.asJsonObject()).allMatch(x -> x.getBoolean("closed")), chain::toString);
        assertEquals(404, Api.as("bc-volunteer").post(base, Elders.json("kind", "REFERRAL", "referredTo", "x"))
                .status(), "a volunteer who is not the visitor does not see the elder");
    }

    @Test
    void aVisitCarriesPhotosSeenOnlyWithinTheCounty() throws Exception {
        long e = Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "探访照片", "PARTIAL")).getJsonNumber("id").longValue();
        long visit = Api.as("bc-assistant").post("/visits/enrolments/" + e + "/visits", Elders.json("kind", "HOME"))
                .json().getJsonNumber("id").longValue();
        String base = "/visits/enrolments/" + e + "/visits/" + visit + "/photos";
        Http.Reply up = Api.as("bc-assistant").postFile(base + "?fileName=visit.png", Plans.png(800, 600), "image/png", null);
        assertEquals(201, up.status(), up::toString);
        long photo = up.json().getJsonNumber("id").longValue();
        assertEquals(400, Api.as("bc-assistant").postFile(base + "?fileName=x.png", "not a picture".getBytes(),
                "image/png", null).status());
        assertEquals(1, Api.as("bc-township").get(base).jsonStructure().asJsonArray().size());
        assertEquals(200, Api.as("bc-township").download(base + "/" + photo + "?thumbnail=true").statusCode());
        assertEquals(404, Api.as("hm-admin").download(base + "/" + photo).statusCode());
        assertEquals(404, Api.as("hm-assistant").get(base).status());
    }
}
