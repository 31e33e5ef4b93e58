package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.domain.Goods;
import org.yiyang.timebank.domain.ShopRedemption;
import org.yiyang.timebank.domain.ShopStore;

/**
 * {@code timebank_goods} and {@code timebank_shop_redemption}. Taking an item is one conditional {@code UPDATE}
 * ({@code stock > 0}), which holds the goods' row lock until the redemption commits or rolls back; the CHECK on the
 * stock backs it. Every statement names the county.
 */
@ApplicationScoped
public class SqlShopStore implements ShopStore {

    private static final String GOODS = "SELECT id, village_code, name, points, stock FROM timebank_goods ";
    private static final String REDEMPTION = "SELECT id, goods_id, account_id, points, transaction_id, code, status, "
            + "created_by, created_at, collected_by, collected_at FROM timebank_shop_redemption ";

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public long addGoods(String villageCode, String name, long points, int stock, String by, Instant at) {
        long id = SqlRows.whole(em.createNativeQuery("SELECT NEXT VALUE FOR timebank_goods_seq").getSingleResult());
        em.createNativeQuery("INSERT INTO timebank_goods (id, county_code, village_code, name, points, stock, "
                        + "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, TenantScope.requireCounty()).setParameter(3, villageCode)
                .setParameter(4, name).setParameter(5, points).setParameter(6, stock).setParameter(7, by)
                .setParameter(8, at).executeUpdate();
        return id;
    }

    @Override
    public Optional<Goods> goods(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(GOODS + "WHERE county_code = ?1 AND id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(SqlShopStore::goods);
    }

    @Override
    public List<Goods> goodsOf(String villageCode, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(GOODS + "WHERE county_code = ?1 AND (?2 IS NULL OR village_code = ?2) "
                        + "ORDER BY village_code, name, id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, villageCode).getResultList();
        return rows.stream().map(SqlShopStore::goods).toList();
    }

    @Override
    public void restock(long goodsId, int quantity) {
        em.createNativeQuery("UPDATE timebank_goods SET stock = stock + ?3 WHERE county_code = ?1 AND id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, goodsId).setParameter(3, quantity)
                .executeUpdate();
    }

    @Override
    public boolean takeOne(long goodsId) {
        return em.createNativeQuery("UPDATE timebank_goods SET stock = stock - 1 WHERE county_code = ?1 AND id = ?2 "
                        + "AND stock > 0")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, goodsId).executeUpdate() == 1;
    }

    @Override
    public boolean codeTaken(String code) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM timebank_shop_redemption WHERE county_code = ?1 "
                        + "AND code = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, code).getSingleResult()).longValue() > 0;
    }

    @Override
    public long record(long goodsId, long accountId, long points, long transactionId, String code, String by,
                       Instant at) {
        long id = SqlRows.whole(em.createNativeQuery("SELECT NEXT VALUE FOR timebank_shop_redemption_seq")
                .getSingleResult());
        em.createNativeQuery("INSERT INTO timebank_shop_redemption (id, county_code, goods_id, account_id, points, "
                        + "transaction_id, code, status, created_by, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'ISSUED', ?8, ?9)")
                .setParameter(1, id).setParameter(2, TenantScope.requireCounty()).setParameter(3, goodsId)
                .setParameter(4, accountId).setParameter(5, points).setParameter(6, transactionId)
                .setParameter(7, code).setParameter(8, by).setParameter(9, at).executeUpdate();
        return id;
    }

    @Override
    public Optional<ShopRedemption> redemption(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REDEMPTION + "WHERE county_code = ?1 AND id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> new ShopRedemption(SqlRows.whole(r[0]), SqlRows.whole(r[1]),
                SqlRows.whole(r[2]), SqlRows.whole(r[3]), SqlRows.whole(r[4]), (String) r[5],
                "COLLECTED".equals(r[6]), (String) r[7], SqlRows.instant(r[8]), (String) r[9],
                SqlRows.instant(r[10])));
    }

    @Override
    public boolean markCollected(long id, String by, Instant at) {
        return em.createNativeQuery("UPDATE timebank_shop_redemption SET status = 'COLLECTED', collected_by = ?3, "
                        + "collected_at = ?4 WHERE county_code = ?1 AND id = ?2 AND status = 'ISSUED'")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, id).setParameter(3, by)
                .setParameter(4, at).executeUpdate() == 1;
    }

    private static Goods goods(Object[] r) {
        return new Goods(SqlRows.whole(r[0]), (String) r[1], (String) r[2], SqlRows.whole(r[3]),
                ((Number) r[4]).intValue());
    }
}
