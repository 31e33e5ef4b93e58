package org.yiyang.timebank.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.yiyang.shared.application.AuditLog;
import org.yiyang.shared.application.Inputs;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.domain.Account;
import org.yiyang.timebank.domain.CollectionCode;
import org.yiyang.timebank.domain.Goods;
import org.yiyang.timebank.domain.LedgerStore;
import org.yiyang.timebank.domain.LedgerTransaction;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.OwnerKind;
import org.yiyang.timebank.domain.ShopRedemption;
import org.yiyang.timebank.domain.ShopStore;
import org.yiyang.timebank.domain.TransactionKind;

/**
 * The points shop (积分超市): the bureau keeps goods with point prices and stock per village or community shop; a
 * holder redeems points for an item, which takes one from stock and posts the REDEEM into the county's SPENT
 * account in one transaction (stock and points never go below zero: the item is taken first under its row lock,
 * the points settle under the accounts' locks, and a refusal rolls both back), and gets a collection code; the shop
 * keeper hands the goods over against the code.
 */
@Stateless
public class PointsShop {

    static final int MAX_LIST = 500;
    private static final int MAX_STOCK = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ShopStore shop;

    @Inject
    LedgerStore ledger;

    @Inject
    LedgerViews views;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ShopViews.GoodsView> goods(String villageCode) {
        LedgerActions.requireTeller();
        return shop.goodsOf(Inputs.blank(villageCode), MAX_LIST).stream().map(PointsShop::view).toList();
    }

    public ShopViews.GoodsView addGoods(ShopViews.AddGoods in) {
        Caller caller = LedgerActions.requireGoodsKeeper();
        String village = Inputs.blank(in.villageCode());
        if (village == null || !village.matches("\\d{12}") || !village.startsWith(TenantScope.requireCounty())) {
            throw DomainException.invalid("villageCode", "timebank.shop.village");
        }
        String name = Inputs.text(in.name(), 100, "name");
        if (name == null) {
            throw DomainException.invalid("name", "timebank.shop.name.required");
        }
        long points = LedgerViews.positive(in.points(), "points");
        int stock = quantity(in.stock() == null ? 0 : in.stock(), "stock", true);
        long id = shop.addGoods(village, name, points, stock, caller.username(), clock.instant());
        audit.record("TIMEBANK_GOODS_ADDED", "timebankGoods", id, village + " " + name + ": " + points
                + " points, stock " + stock);
        return view(goodsOrThrow(id));
    }

    public ShopViews.GoodsView restock(long goodsId, ShopViews.Restock in) {
        LedgerActions.requireGoodsKeeper();
        Goods g = goodsOrThrow(goodsId);
        int quantity = quantity(in == null || in.quantity() == null ? 0 : in.quantity(), "quantity", false);
        shop.restock(g.id(), quantity);
        audit.record("TIMEBANK_GOODS_RESTOCKED", "timebankGoods", g.id(), "+" + quantity);
        return view(goodsOrThrow(g.id()));
    }

    public ShopViews.RedemptionView redeem(ShopViews.Redeem in) {
        Caller caller = LedgerActions.requireTeller();
        if (in.goodsId() == null) {
            throw DomainException.invalid("goodsId", "timebank.shop.goods.required");
        }
        Goods g = shop.goods(in.goodsId()).orElseThrow(
                () -> DomainException.invalid("goodsId", "timebank.shop.goods.notFound", in.goodsId()));
        Account holder = views.holder(in.ownerKind(), in.ownerId(), LedgerUnit.POINTS, "owner");
        if (holder.ownerKind() == OwnerKind.POOL) {
            throw DomainException.invalid("ownerKind", "timebank.shop.holder");
        }
        if (!shop.takeOne(g.id())) {
            throw DomainException.conflict("timebank.shop.soldOut", g.name());
        }
        Instant now = clock.instant();
        long tx = ledger.post(LedgerTransaction.move(TransactionKind.REDEEM, holder,
                ledger.source(OwnerKind.SPENT, LedgerUnit.POINTS), g.points(), null, "goods " + g.id(),
                caller.username(), false, now));
        String code = CollectionCode.draw(RANDOM);
        while (shop.codeTaken(code)) {
            code = CollectionCode.draw(RANDOM);
        }
        long id = shop.record(g.id(), holder.id(), g.points(), tx, code, caller.username(), now);
        audit.record("TIMEBANK_GOODS_REDEEMED", "timebankShopRedemption", id, holder.ownerKind() + " "
                + holder.ownerId() + ": " + g.name() + " for " + g.points() + " points");
        return redemptionView(id);
    }

    public ShopViews.RedemptionView redemption(long id) {
        LedgerActions.requireTeller();
        return redemptionView(id);
    }

    /** Hands the goods over against the redeemer's code, once. */
    public ShopViews.RedemptionView collect(long id, ShopViews.Collect in) {
        Caller caller = LedgerActions.requireTeller();
        ShopRedemption r = shop.redemption(id).orElseThrow(
                () -> DomainException.notFound("timebank.shop.redemption.notFound", id));
        String code = CollectionCode.normalise(in == null ? null : in.code());
        if (code == null || !code.equals(r.code())) {
            throw DomainException.invalid("code", "timebank.shop.code.wrong");
        }
        if (!shop.markCollected(r.id(), caller.username(), clock.instant())) {
            throw DomainException.conflict("timebank.shop.collected", r.id());
        }
        audit.record("TIMEBANK_GOODS_COLLECTED", "timebankShopRedemption", r.id(), "goods " + r.goodsId());
        return redemptionView(r.id());
    }

    private ShopViews.RedemptionView redemptionView(long id) {
        ShopRedemption r = shop.redemption(id).orElseThrow(
                () -> DomainException.notFound("timebank.shop.redemption.notFound", id));
        String goodsName = shop.goods(r.goodsId()).map(Goods::name).orElse(null);
        return new ShopViews.RedemptionView(r.id(), r.goodsId(), goodsName, r.accountId(), r.points(),
                r.transactionId(), r.code(), r.collected() ? "COLLECTED" : "ISSUED",
                r.createdBy(), r.createdAt(), r.collectedBy(), r.collectedAt());
    }

    private Goods goodsOrThrow(long id) {
        return shop.goods(id).orElseThrow(() -> DomainException.notFound("timebank.shop.goods.notFound", id));
    }

    private static int quantity(int q, String field, boolean zeroAllowed) {
        if (q < (zeroAllowed ? 0 : 1) || q > MAX_STOCK) {
            throw DomainException.invalid(field, "timebank.shop.quantity", MAX_STOCK);
        }
        return q;
    }

    private static ShopViews.GoodsView view(Goods g) {
        return new ShopViews.GoodsView(g.id(), g.villageCode(), g.name(), g.points(), g.stock());
    }
}
