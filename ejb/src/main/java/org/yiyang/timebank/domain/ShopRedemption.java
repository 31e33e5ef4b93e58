package org.yiyang.timebank.domain;

import java.time.Instant;

/** Goods redeemed for points: the ledger's REDEEM, the collection code, and whether the goods were handed over. */
public record ShopRedemption(long id, long goodsId, long accountId, long points, long transactionId, String code,
                             boolean collected, String createdBy, Instant createdAt, String collectedBy,
                             Instant collectedAt) {
}
