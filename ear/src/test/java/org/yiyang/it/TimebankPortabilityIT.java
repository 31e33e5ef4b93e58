package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Timebank;
import org.yiyang.it.support.YiyangIT;

/**
 * A volunteer who moves from 滨城区 (371602) to 沾化区 (371603), both of 滨州市, takes their banked hours along
 * exactly once: the source county's debit and outbox row, the target county's credit and inbox row, both ledgers
 * balanced by their PORTED accounts; also when the process stops between the two steps and the job runs twice.
 */
@YiyangIT
class TimebankPortabilityIT {

    static final String BC = Counties.BC.code();
    static final String ZH = Counties.ZH.code();

    static Http.Reply move(String user, long volunteer, String target, long targetVolunteer) {
        return Api.as(user).post("/timebank/portability", Elders.json("volunteerId", volunteer, "targetCounty",
                target, "targetVolunteerId", targetVolunteer));
    }

    static long inbox(String transferId) throws Exception {
        return Db.count("SELECT COUNT(*) FROM timebank_port_inbox WHERE county_code = ? AND transfer_id = ?", ZH,
                transferId);
    }

    static long credits(String transferId) throws Exception {
        return Db.count("SELECT COUNT(*) FROM timebank_transaction WHERE county_code = ? AND reference = ?", ZH,
                "port-in:" + transferId);
    }

    @Test
    void theBalanceMovesToTheOtherCountyOfTheCityOnce() throws Exception {
        Counties.of(ZH);
        long volunteer = Timebank.owner();
        long there = Timebank.owner();
        Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 300);
        Http.Reply r = move("bc-admin", volunteer, ZH, there);
        assertEquals(201, r.status(), r::toString);
        JsonObject t = r.json();
        String transferId = t.getString("transferId");
        assertEquals(300, t.getInt("amount"));
        assertEquals("DELIVERED", t.getString("status"));
        assertEquals(0, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
        assertEquals(300, Timebank.balance(ZH, "VOLUNTEER", there, "HOURS"));

        Timebank.probe("/timebank/portability/deliver?county=" + BC);
        assertEquals(300, Timebank.balance(ZH, "VOLUNTEER", there, "HOURS"), "a rerun credits nothing more");
        assertEquals(1, inbox(transferId));
        assertEquals(1, credits(transferId));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM timebank_transaction WHERE county_code = ? AND reference = ?",
                BC, "port-out:" + transferId));

        Http.Reply nothingLeft = move("bc-admin", volunteer, ZH, there);
        assertEquals(409, nothingLeft.status(), nothingLeft::toString);
        Http.Reply otherCity = move("bc-admin", Timebank.owner(), "370611", there);
        assertEquals(400, otherCity.status(), otherCity::toString);
        Http.Reply itself = move("bc-admin", volunteer, BC, there);
        assertEquals(400, itself.status(), itself::toString);
        Http.Reply byAssistant = move("bc-assistant", volunteer, ZH, there);
        assertEquals(403, byAssistant.status(), byAssistant::toString);
        Timebank.assertLedgerBalances();
    }

    @Test
    void aCrashBetweenTheTwoCountiesStepsIsCreditedExactlyOnceByTheJob() throws Exception {
        Counties.of(ZH);
        long volunteer = Timebank.owner();
        long there = Timebank.owner();
        Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 135);
        JsonObject left = Timebank.probe("/timebank/portability/leave?county=" + BC + "&volunteer=" + volunteer
                + "&target=" + ZH + "&targetVolunteer=" + there);
        String transferId = left.getString("transferId");
        assertEquals("PENDING", left.getString("status"));
        assertEquals(0, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"), "debited with the outbox row");

        Timebank.probe("/timebank/portability/deliver?county=" + BC);
        Timebank.probe("/timebank/portability/deliver?county=" + BC);
        assertEquals(135, Timebank.balance(ZH, "VOLUNTEER", there, "HOURS"));
        assertEquals(1, inbox(transferId));
        assertEquals(1, credits(transferId));
        assertEquals("DELIVERED", Api.as("bc-admin").get("/timebank/portability/" + transferId).json()
                .getString("status"));
        assertEquals(0, Db.count("SELECT (SELECT COALESCE(SUM(amount), 0) FROM timebank_port_outbox "
                + "WHERE county_code = ? AND status = 'DELIVERED') - (SELECT COALESCE(SUM(amount), 0) "
                + "FROM timebank_port_inbox WHERE source_county = ?)", BC, BC), "no hours created or lost");
        Timebank.assertLedgerBalances();
    }
}
