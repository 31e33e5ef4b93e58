package org.yiyang.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Native SQL on {@code shared_idempotency_key} for the idempotency mechanism ({@code IdempotencyStore}): every
 * statement names the county it touches. Runs in the caller's transaction.
 */
@ApplicationScoped
public class IdempotencyKeyTable {

    /** A key as stored; {@code abandoned}: claimed longer ago than the given age without a response. */
    public record Row(String operation, byte[] requestHash, String state, Integer status, String location,
                      String body, boolean abandoned) {
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Inserts a claim unless the key exists; whether it was inserted. */
    public boolean insertClaim(String county, String key, String operation, byte[] requestHash, byte[] token,
                               String by) {
        return em.createNativeQuery("""
                INSERT IGNORE INTO shared_idempotency_key
                    (county_code, idem_key, operation, request_hash, state, claim_token, created_by, created_at)
                VALUES (?1, ?2, ?3, ?4, 'IN_PROGRESS', ?6, ?5, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, requestHash).setParameter(5, by).setParameter(6, token).executeUpdate() == 1;
    }

    public Optional<Row> find(String county, String key, int abandonedAfterSeconds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT operation, request_hash, state, response_status, response_location, response_body,
                       created_at < UTC_TIMESTAMP(6) - INTERVAL ?3 SECOND
                FROM shared_idempotency_key WHERE county_code = ?1 AND idem_key = ?2""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, abandonedAfterSeconds)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Row((String) r[0], (byte[]) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                r[6] != null && ((Number) r[6]).intValue() == 1));
    }

    /** Takes over a claim still in progress after the given age; whether it was taken. */
    public boolean takeOver(String county, String key, byte[] token, String by, int abandonedAfterSeconds) {
        return em.createNativeQuery("""
                UPDATE shared_idempotency_key SET created_at = UTC_TIMESTAMP(6), created_by = ?3, claim_token = ?5
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'
                  AND created_at < UTC_TIMESTAMP(6) - INTERVAL ?4 SECOND""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, by)
                .setParameter(4, abandonedAfterSeconds).setParameter(5, token).executeUpdate() == 1;
    }

    /** Records the response of the claim with this token; whether exactly this claim was completed. */
    public boolean complete(String county, String key, byte[] token, int status, String location, String body) {
        return em.createNativeQuery("""
                UPDATE shared_idempotency_key
                SET state = 'COMPLETED', response_status = ?1, response_location = ?2, response_body = ?3,
                    completed_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?4 AND idem_key = ?5 AND state = 'IN_PROGRESS' AND claim_token = ?6""")
                .setParameter(1, status).setParameter(2, location).setParameter(3, body).setParameter(4, county)
                .setParameter(5, key).setParameter(6, token).executeUpdate() == 1;
    }

    /** Deletes the claim with this token if it is still in progress. */
    public void release(String county, String key, byte[] token) {
        em.createNativeQuery("""
                DELETE FROM shared_idempotency_key
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS' AND claim_token = ?3""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, token).executeUpdate();
    }

    /** Deletes the county's keys made before a time; how many. */
    public int purge(String county, Instant before) {
        return em.createNativeQuery("DELETE FROM shared_idempotency_key WHERE county_code = ?1 AND created_at < ?2")
                .setParameter(1, county).setParameter(2, before).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> counties() {
        return em.createNativeQuery("SELECT DISTINCT county_code FROM shared_idempotency_key").getResultList();
    }
}
