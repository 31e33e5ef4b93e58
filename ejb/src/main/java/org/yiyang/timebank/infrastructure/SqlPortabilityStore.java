package org.yiyang.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yiyang.tenancy.TenantScope;
import org.yiyang.timebank.domain.LedgerUnit;
import org.yiyang.timebank.domain.PortTransfer;
import org.yiyang.timebank.domain.PortabilityStore;

/**
 * {@code timebank_port_outbox} of the source county and {@code timebank_port_inbox} of the target; every statement
 * names the current county. {@code INSERT IGNORE} on the inbox's unique key makes a second receipt a no-op.
 */
@ApplicationScoped
public class SqlPortabilityStore implements PortabilityStore {

    private static final String OUTBOX = "SELECT transfer_id, county_code, volunteer_id, unit, amount, "
            + "transaction_id, target_county, target_volunteer_id, status, created_by, created_at "
            + "FROM timebank_port_outbox ";

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    @Override
    public void send(PortTransfer t) {
        em.createNativeQuery("INSERT INTO timebank_port_outbox (transfer_id, county_code, volunteer_id, unit, amount, "
                        + "transaction_id, target_county, target_volunteer_id, status, created_by, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING', ?9, ?10)")
                .setParameter(1, t.transferId()).setParameter(2, TenantScope.requireCounty())
                .setParameter(3, t.volunteerId()).setParameter(4, t.unit().name()).setParameter(5, t.amount())
                .setParameter(6, t.transactionId()).setParameter(7, t.targetCounty())
                .setParameter(8, t.targetVolunteerId()).setParameter(9, t.createdBy()).setParameter(10, t.createdAt())
                .executeUpdate();
    }

    @Override
    public Optional<PortTransfer> sent(String transferId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OUTBOX + "WHERE county_code = ?1 AND transfer_id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, transferId).getResultList();
        return rows.stream().findFirst().map(SqlPortabilityStore::transfer);
    }

    @Override
    public List<PortTransfer> pending(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OUTBOX + "WHERE county_code = ?1 AND status = 'PENDING' "
                        + "ORDER BY created_at, transfer_id LIMIT " + max)
                .setParameter(1, TenantScope.requireCounty()).getResultList();
        return rows.stream().map(SqlPortabilityStore::transfer).toList();
    }

    @Override
    public void markDelivered(String transferId, Instant at) {
        em.createNativeQuery("UPDATE timebank_port_outbox SET status = 'DELIVERED', delivered_at = ?3 "
                        + "WHERE county_code = ?1 AND transfer_id = ?2 AND status = 'PENDING'")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, transferId).setParameter(3, at)
                .executeUpdate();
    }

    @Override
    public boolean received(String transferId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM timebank_port_inbox WHERE county_code = ?1 "
                        + "AND transfer_id = ?2")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, transferId).getSingleResult())
                .longValue() > 0;
    }

    @Override
    public boolean receive(PortTransfer t, long transactionId, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO timebank_port_inbox (county_code, transfer_id, source_county, "
                        + "volunteer_id, unit, amount, transaction_id, received_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, t.transferId())
                .setParameter(3, t.sourceCounty()).setParameter(4, t.targetVolunteerId())
                .setParameter(5, t.unit().name()).setParameter(6, t.amount()).setParameter(7, transactionId)
                .setParameter(8, at).executeUpdate() == 1;
    }

    private static PortTransfer transfer(Object[] r) {
        return new PortTransfer((String) r[0], (String) r[1], SqlRows.whole(r[2]), LedgerUnit.valueOf((String) r[3]),
                SqlRows.whole(r[4]), SqlRows.whole(r[5]), (String) r[6], SqlRows.whole(r[7]),
                "DELIVERED".equals(r[8]), (String) r[9], SqlRows.instant(r[10]));
    }
}
