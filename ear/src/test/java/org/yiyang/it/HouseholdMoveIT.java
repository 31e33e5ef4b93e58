package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * When a household moves to another township, the elder's orders, renovation plans and visit enrolment move with
 * it in the same transaction: the old township loses them, the new one gets them. And a subsidised elder cannot
 * take a fresh renovation cap by joining a new household number at the same address.
 */
@YiyangIT
class HouseholdMoveIT {

    /** 北镇街道's township staff (a test account, {@code Counties.accounts()}). */
    static final String BEIZHEN = "bc-beizhen";

    @Test
    void theElderRecordsFollowTheHouseholdToItsNewTownship() throws Exception {
        long elder = Visits.elder(Orders.BC, "搬家老人", "PARTIAL");
        long order = Orders.create("bc-staff", elder, "CLEANING", "SELF").getJsonNumber("id").longValue();
        long plan = Plans.apply(Orders.BC, elder);
        long enrolment = Visits.enrol(Orders.BC, elder).getJsonNumber("id").longValue();
        String[] paths = {"/orders/" + order, "/renovations/" + plan, "/visits/enrolments/" + enrolment};
        for (String p : paths) {
            assertEquals(200, Api.as("bc-township").get(p).status(), "市中街道 before the move: " + p);
            assertEquals(404, Api.as(BEIZHEN).get(p).status(), "北镇街道 before the move: " + p);
        }
        Http.Reply moved = Api.as("bc-staff").put("/elders/" + elder + "/residence",
                Elders.json("villageCode", Orders.BC_OTHER_VILLAGE, "address", "北镇街道黄河路 8 号"));
        assertEquals(200, moved.status(), moved::toString);
        for (String p : paths) {
            assertEquals(404, Api.as("bc-township").get(p).status(), "市中街道 after the move: " + p);
            assertEquals(200, Api.as(BEIZHEN).get(p).status(), "北镇街道 after the move: " + p);
        }
        for (String table : new String[] {"orders_order", "renovation_plan", "visits_enrolment"}) {
            assertEquals("371602003000", Db.single("SELECT township_code FROM " + table + " WHERE elder_id = ?", elder),
                    table);
        }
    }

    @Test
    void aSubsidisedElderCannotTakeAFreshCapByJoiningANewHouseholdNumber() throws Exception {
        long elder = Orders.elder(Orders.BC, "换户老人", false);
        long plan = Plans.approved(Orders.BC, elder);
        Object household = Db.single("SELECT household_id FROM elders_elder WHERE id = ?", elder);
        Http.Reply change = Api.as("bc-staff").put("/elders/" + elder + "/household",
                Elders.json("householdNo", "HH" + System.nanoTime() % 1_000_000));
        assertEquals(409, change.status(), change::toString);
        assertEquals("renovation.household.subsidised", change.json().getString("code"));
        assertEquals(household, Db.single("SELECT household_id FROM elders_elder WHERE id = ?", elder), "unchanged");
        assertEquals("APPROVED", Db.single("SELECT status FROM renovation_plan WHERE id = ?", plan));

        long other = Orders.elder(Orders.BC, "换户无补贴", false);
        Http.Reply free = Api.as("bc-staff").put("/elders/" + other + "/household",
                Elders.json("householdNo", "HH" + System.nanoTime() % 1_000_000));
        assertEquals(200, free.status(), "an elder without a subsidy changes household as before: " + free);
    }
}
