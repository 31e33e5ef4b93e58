package org.yiyang.shared.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.tenancy.TenantScope;

/**
 * The one mechanism behind every {@code Idempotency-Key}: keys are stored per county. The first request
 * with a key claims it (its own short transaction, so a concurrent request with the same key waits on the
 * row and then sees the claim); the command and the recording of its response commit together; a replay
 * gets the recorded response; the same key with a different request is refused with 422.
 */
@Stateless
public class IdempotencyStore {

    public static final int MAX_KEY_LENGTH = 100;
    /** A claim older than this without a response belongs to a request that will never finish. */
    public static final int ABANDONED_AFTER_SECONDS = 300;

    /** What a request finds when it presents its key. */
    public sealed interface Claim permits Claimed, Replay, InProgress {
    }

    /** The key is new: this request executes the command. */
    public record Claimed() implements Claim {
    }

    /** The key was used before for the same request: answer with its response. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The first request with this key is still running. */
    public record InProgress() implements Claim {
    }

    /** A response as recorded for replay. */
    public record StoredResponse(int status, String location, String body) {
    }

    @PersistenceContext(unitName = "yiyang")
    EntityManager em;

    /** Claims a key for a request, or tells what an earlier request with the same key left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(String key, String operation, byte[] requestHash) {
        String county = TenantScope.requireCounty();
        if (key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid("Idempotency-Key", "idempotency.keyTooLong", MAX_KEY_LENGTH);
        }
        int inserted = em.createNativeQuery("""
                INSERT IGNORE INTO shared_idempotency_key
                    (county_code, idem_key, operation, request_hash, state, created_by, created_at)
                VALUES (?1, ?2, ?3, ?4, 'IN_PROGRESS', ?5, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, requestHash).setParameter(5, TenantScope.requireCaller().username())
                .executeUpdate();
        if (inserted == 1) {
            return new Claimed();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT operation, request_hash, state, response_status, response_location, response_body,
                       created_at < UTC_TIMESTAMP(6) - INTERVAL ?3 SECOND
                FROM shared_idempotency_key WHERE county_code = ?1 AND idem_key = ?2""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, ABANDONED_AFTER_SECONDS)
                .getResultList();
        if (rows.isEmpty()) {
            // the first request failed and released the key between our insert and select: try again
            return new InProgress();
        }
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !Arrays.equals(requestHash, (byte[]) row[1])) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Idempotency-Key", "idempotency.keyReused");
        }
        if ("COMPLETED".equals(row[2])) {
            return new Replay(new StoredResponse(((Number) row[3]).intValue(), (String) row[4], (String) row[5]));
        }
        boolean abandoned = row[6] != null && ((Number) row[6]).intValue() == 1;
        return abandoned && takeOverAbandoned(county, key) ? new Claimed() : new InProgress();
    }

    /**
     * A claim left behind by a request that died (server stopped mid-command) is taken over after a while.
     * Only tried for a claim already seen as abandoned: concurrent requests that merely wait do not all
     * try to upgrade their lock on the row (which would deadlock).
     */
    private boolean takeOverAbandoned(String county, String key) {
        return em.createNativeQuery("""
                UPDATE shared_idempotency_key SET created_at = UTC_TIMESTAMP(6), created_by = ?3
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'
                  AND created_at < UTC_TIMESTAMP(6) - INTERVAL ?4 SECOND""")
                .setParameter(1, county).setParameter(2, key)
                .setParameter(3, TenantScope.requireCaller().username())
                .setParameter(4, ABANDONED_AFTER_SECONDS).executeUpdate() == 1;
    }

    /**
     * Runs the command of a claimed key and records its response in the same transaction: either both the
     * change and the recorded response commit, or neither does.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StoredResponse execute(String key, Supplier<StoredResponse> command) {
        StoredResponse response = command.get();
        em.createNativeQuery("""
                UPDATE shared_idempotency_key
                SET state = 'COMPLETED', response_status = ?1, response_location = ?2, response_body = ?3,
                    completed_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?4 AND idem_key = ?5 AND state = 'IN_PROGRESS'""")
                .setParameter(1, response.status()).setParameter(2, response.location())
                .setParameter(3, response.body()).setParameter(4, TenantScope.requireCounty())
                .setParameter(5, key).executeUpdate();
        return response;
    }

    /** Frees a claimed key whose command failed, so the client can retry with the same key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key) {
        em.createNativeQuery("""
                DELETE FROM shared_idempotency_key
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'""")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, key).executeUpdate();
    }
}
