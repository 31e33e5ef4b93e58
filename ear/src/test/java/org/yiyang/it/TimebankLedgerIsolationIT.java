package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Timebank;
import org.yiyang.it.support.YiyangIT;

/**
 * The ledger's endpoints answer another county's ids as missing (404, like an unknown id) and change nothing:
 * accounts, statements, transactions and their reversal, goods, shop redemptions and their collection, transfers
 * between counties.
 */
@YiyangIT
class TimebankLedgerIsolationIT {

    static final String BC = Counties.BC.code();

    static void notFound(Http.Reply r) {
        assertEquals(404, r.status(), r::toString);
    }

    @Test
    void anotherCountysLedgerIdsAreNotFoundAndNothingChanges() throws Exception {
        long volunteer = Timebank.owner();
        long tx = Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 200).getJsonNumber("id").longValue();
        long account = Timebank.account(BC, "VOLUNTEER", volunteer, "HOURS").getJsonNumber("id").longValue();
        Timebank.award(BC, "RESIDENT", volunteer, 20);
        Http.Reply g = Api.as("bc-staff").post("/timebank/shop/goods", Elders.json("villageCode",
                Counties.BC.village(), "name", "牙膏", "points", 10, "stock", 4));
        long goods = g.json().getJsonNumber("id").longValue();
        Http.Reply red = Api.as("bc-assistant").post("/timebank/shop/redemptions", Elders.json("goodsId", goods,
                "ownerKind", "RESIDENT", "ownerId", volunteer));
        long redemption = red.json().getJsonNumber("id").longValue();
        String code = red.json().getString("code");
        long there = Timebank.owner();
        Timebank.adjust(BC, "VOLUNTEER", there, "HOURS", 60);
        String transfer = Timebank.probe("/timebank/portability/leave?county=" + BC + "&volunteer=" + there
                + "&target=" + Counties.ZH.code() + "&targetVolunteer=" + Timebank.owner()).getString("transferId");

        Api hmAdmin = Api.as("hm-admin");
        Api hmStaff = Api.as("hm-staff");
        notFound(hmStaff.get("/timebank/accounts/" + account));
        notFound(hmStaff.get("/timebank/accounts/" + account + "/statement"));
        assertEquals(404, hmStaff.download("/timebank/accounts/" + account + "/statement.xlsx").statusCode());
        notFound(hmStaff.get("/timebank/transactions/" + tx));
        notFound(hmAdmin.post("/timebank/transactions/" + tx + "/reversal", Elders.json("reason", "越权")));
        notFound(hmAdmin.post("/timebank/shop/goods/" + goods + "/restock", Elders.json("quantity", 100)));
        notFound(hmStaff.get("/timebank/shop/redemptions/" + redemption));
        notFound(hmStaff.post("/timebank/shop/redemptions/" + redemption + "/collect", Elders.json("code", code)));
        notFound(hmAdmin.get("/timebank/portability/" + transfer));
        Http.Reply foreignGoods = hmStaff.post("/timebank/shop/redemptions", Elders.json("goodsId", goods,
                "ownerKind", "RESIDENT", "ownerId", volunteer));
        assertEquals(400, foreignGoods.status(), foreignGoods::toString);
        assertEquals(0, hmStaff.get("/timebank/accounts?ownerKind=VOLUNTEER&ownerId=" + volunteer).jsonStructure()
                .asJsonArray().size());

        assertEquals(200, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
        assertEquals(10, Timebank.balance(BC, "RESIDENT", volunteer, "POINTS"));
        assertEquals(3, Db.count("SELECT stock FROM timebank_goods WHERE id = ?", goods));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM timebank_transaction WHERE reverses_id = ?", tx));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM timebank_shop_redemption WHERE id = ? AND status = 'ISSUED'",
                redemption));
    }
}
