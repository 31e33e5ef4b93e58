package org.yiyang.timebank.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current county's points shops: goods and stock, and the redemptions with their collection codes. */
public interface ShopStore {

    long addGoods(String villageCode, String name, long points, int stock, String by, Instant at);

    Optional<Goods> goods(long id);

    /** The goods of a shop (all shops when null), by shop and name. */
    List<Goods> goodsOf(String villageCode, int max);

    void restock(long goodsId, int quantity);

    /** Takes one item out of stock, atomically; false when none is left. */
    boolean takeOne(long goodsId);

    boolean codeTaken(String code);

    long record(long goodsId, long accountId, long points, long transactionId, String code, String by, Instant at);

    Optional<ShopRedemption> redemption(long id);

    /** Marks the goods handed over; false when they were already. */
    boolean markCollected(long id, String by, Instant at);
}
