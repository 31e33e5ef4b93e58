package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Timebank;
import org.yiyang.it.support.YiyangIT;

/**
 * The points shop (积分超市): more concurrent redemptions than stock leave the stock at exactly zero, never below,
 * and take points only from the holders who got an item; too few points change nothing; the collection code hands
 * the goods over once.
 */
@YiyangIT
class TimebankShopIT {

    static final String BC = Counties.BC.code();
    static final String VILLAGE = Counties.BC.village();

    static long goods(String name, long points, int stock) {
        Http.Reply r = Api.as("bc-staff").post("/timebank/shop/goods", Elders.json("villageCode", VILLAGE, "name",
                name, "points", points, "stock", stock));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    static int stock(long goods) throws Exception {
        return (int) Db.count("SELECT stock FROM timebank_goods WHERE id = ?", goods);
    }

    static Http.Reply redeem(String user, long goods, String kind, long owner) {
        return Api.as(user).post("/timebank/shop/redemptions", Elders.json("goodsId", goods, "ownerKind", kind,
                "ownerId", owner));
    }

    @Test
    void moreRedemptionsThanStockLeaveExactlyZeroAndTakePointsOnlyFromTheWinners() throws Exception {
        long warmUp = goods("肥皂", 5, 1);
        long first = Timebank.owner();
        Timebank.award(BC, "RESIDENT", first, 5);
        assertEquals(201, redeem("bc-assistant", warmUp, "RESIDENT", first).status());

        int stock = 5;
        int clients = 20;
        long goods = goods("食用油 5L", 10, stock);
        List<Long> holders = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long h = Timebank.owner();
            Timebank.award(BC, i % 2 == 0 ? "RESIDENT" : "VOLUNTEER", h, 10);
            holders.add(h);
        }
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> winners = new ConcurrentLinkedQueue<>();
        List<Http.Reply> replies = Timebank.race(clients, () -> {
            int i = next.getAndIncrement();
            long h = holders.get(i);
            Http.Reply r = redeem("bc-assistant", goods, i % 2 == 0 ? "RESIDENT" : "VOLUNTEER", h);
            if (r.status() == 201) {
                winners.add(h);
            }
            return r;
        });
        assertEquals(stock, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        assertTrue(replies.stream().allMatch(r -> r.status() == 201 || r.status() == 409), replies::toString);
        assertEquals(0, stock(goods));
        for (int i = 0; i < clients; i++) {
            long h = holders.get(i);
            long balance = Timebank.balance(BC, i % 2 == 0 ? "RESIDENT" : "VOLUNTEER", h, "POINTS");
            assertEquals(winners.contains(h) ? 0 : 10, balance, "holder " + h);
        }
        assertEquals(stock, Db.count("SELECT COUNT(*) FROM timebank_shop_redemption WHERE goods_id = ?", goods));
        Timebank.assertLedgerBalances();
    }

    @Test
    void tooFewPointsChangeNothingAndTheCodeHandsTheGoodsOverOnce() throws Exception {
        long goods = goods("大米 10kg", 50, 3);
        long poor = Timebank.owner();
        Timebank.award(BC, "RESIDENT", poor, 49);
        Http.Reply refused = redeem("bc-assistant", goods, "RESIDENT", poor);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(3, stock(goods), "the item went back with the refusal");
        assertEquals(49, Timebank.balance(BC, "RESIDENT", poor, "POINTS"));

        Timebank.award(BC, "RESIDENT", poor, 1);
        Http.Reply r = redeem("bc-assistant", goods, "RESIDENT", poor);
        assertEquals(201, r.status(), r::toString);
        JsonObject redemption = r.json();
        String code = redemption.getString("code");
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{8}"), code);
        assertEquals("ISSUED", redemption.getString("status"));
        assertEquals(2, stock(goods));
        assertEquals(0, Timebank.balance(BC, "RESIDENT", poor, "POINTS"));

        long id = redemption.getJsonNumber("id").longValue();
        Http.Reply wrong = Api.as("bc-assistant").post("/timebank/shop/redemptions/" + id + "/collect",
                Elders.json("code", "AAAAAAAA".equals(code) ? "BBBBBBBB" : "AAAAAAAA"));
        assertEquals(400, wrong.status(), wrong::toString);
        Http.Reply collected = Api.as("bc-assistant").post("/timebank/shop/redemptions/" + id + "/collect",
                Elders.json("code", code.toLowerCase()));
        assertEquals(200, collected.status(), collected::toString);
        assertEquals("COLLECTED", collected.json().getString("status"));
        Http.Reply again = Api.as("bc-assistant").post("/timebank/shop/redemptions/" + id + "/collect",
                Elders.json("code", code));
        assertEquals(409, again.status(), again::toString);

        Http.Reply byAssistant = Api.as("bc-assistant").post("/timebank/shop/goods", Elders.json("villageCode",
                VILLAGE, "name", "毛巾", "points", 5, "stock", 10));
        assertEquals(403, byAssistant.status(), "the bureau keeps the goods: " + byAssistant);
    }
}
