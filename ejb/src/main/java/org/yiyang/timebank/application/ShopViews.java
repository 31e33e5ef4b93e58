package org.yiyang.timebank.application;

import java.time.Instant;

/** The points shop's views and commands. */
public final class ShopViews {

    private ShopViews() {
    }

    /** Goods of a shop: price in points and stock left. */
    public record GoodsView(long id, String villageCode, String name, long points, int stock) {
    }

    /** A redemption and its collection code (shown to whoever may hand the goods over). */
    public record RedemptionView(long id, long goodsId, String goodsName, long accountId, long points,
                                 long transactionId, String code, String status, String createdBy,
                                 Instant createdAt, String collectedBy, Instant collectedAt) {
    }

    /** New goods of a shop (a village or community of the county). */
    public record AddGoods(String villageCode, String name, Long points, Integer stock) {
    }

    /** More items in stock. */
    public record Restock(Integer quantity) {
    }

    /** Goods redeemed for a holder's points. */
    public record Redeem(Long goodsId, String ownerKind, Long ownerId) {
    }

    /** The code the redeemer shows at the shop. */
    public record Collect(String code) {
    }
}
