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
 *
 * <p>A key is bound to its caller: the fingerprint is a keyed HMAC (the data key) of the caller, the operation and
 * the body, so another user sending the same key and body is refused like a different request and never reads the
 * stored response. A claim carries a random token: only its owner records the response (the update must touch
 * exactly one row, or the command rolls back), so a request whose claim was taken over as abandoned cannot run
 * to completion twice. Records are purged {@link #RETENTION} after they were made.
 */
@Stateless
public class IdempotencyStore {

    public static final int MAX_KEY_LENGTH = 100;
    /** A claim older than this without a response belongs to a request that will never finish. */
    public static final int ABANDONED_AFTER_SECONDS = 300;
    /** How long a key and its recorded response are kept (a client replays within this time). */
    public static final java.time.Duration RETENTION = java.time.Duration.ofHours(72);

    /** What a request finds when it presents its key. */
    public sealed interface Claim permits Claimed, Replay, InProgress {
    }

    /** The key is new (or abandoned): this request executes the command, as the owner of the claim's token. */
    public record Claimed(byte[] token) implements Claim {
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

    @jakarta.inject.Inject
    org.yiyang.shared.infrastructure.PersonalDataProtector protector;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The fingerprint of a request: keyed, and bound to the county, the caller and the operation. */
    public byte[] fingerprint(String operation, String requestJson) {
        return protector.fingerprint(TenantScope.requireCounty(), TenantScope.requireCaller().username() + "\n"
                + operation + "\n" + requestJson);
    }

    /** Claims a key for a request, or tells what an earlier request with the same key left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(String key, String operation, byte[] requestHash) {
        String county = TenantScope.requireCounty();
        if (key.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid("Idempotency-Key", "idempotency.keyTooLong", MAX_KEY_LENGTH);
        }
        byte[] token = newToken();
        int inserted = em.createNativeQuery("""
                INSERT IGNORE INTO shared_idempotency_key
                    (county_code, idem_key, operation, request_hash, state, claim_token, created_by, created_at)
                VALUES (?1, ?2, ?3, ?4, 'IN_PROGRESS', ?6, ?5, UTC_TIMESTAMP(6))""")
                .setParameter(1, county).setParameter(2, key).setParameter(3, operation)
                .setParameter(4, requestHash).setParameter(5, TenantScope.requireCaller().username())
                .setParameter(6, token).executeUpdate();
        if (inserted == 1) {
            return new Claimed(token);
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
        return abandoned && takeOverAbandoned(county, key, token) ? new Claimed(token) : new InProgress();
    }

    private static byte[] newToken() {
        byte[] t = new byte[16];
        RANDOM.nextBytes(t);
        return t;
    }

    /**
     * A claim left behind by a request that died (server stopped mid-command) is taken over after a while.
     * Only tried for a claim already seen as abandoned: concurrent requests that merely wait do not all
     * try to upgrade their lock on the row (which would deadlock).
     */
    private boolean takeOverAbandoned(String county, String key, byte[] token) {
        return em.createNativeQuery("""
                UPDATE shared_idempotency_key SET created_at = UTC_TIMESTAMP(6), created_by = ?3, claim_token = ?5
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'
                  AND created_at < UTC_TIMESTAMP(6) - INTERVAL ?4 SECOND""")
                .setParameter(1, county).setParameter(2, key)
                .setParameter(3, TenantScope.requireCaller().username())
                .setParameter(4, ABANDONED_AFTER_SECONDS).setParameter(5, token).executeUpdate() == 1;
    }

    /**
     * Runs the command of a claimed key and records its response in the same transaction: either both the
     * change and the recorded response commit, or neither does.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StoredResponse execute(String key, Claimed claim, Supplier<StoredResponse> command) {
        StoredResponse response = command.get();
        int recorded = em.createNativeQuery("""
                UPDATE shared_idempotency_key
                SET state = 'COMPLETED', response_status = ?1, response_location = ?2, response_body = ?3,
                    completed_at = UTC_TIMESTAMP(6)
                WHERE county_code = ?4 AND idem_key = ?5 AND state = 'IN_PROGRESS' AND claim_token = ?6""")
                .setParameter(1, response.status()).setParameter(2, response.location())
                .setParameter(3, response.body()).setParameter(4, TenantScope.requireCounty())
                .setParameter(5, key).setParameter(6, claim.token()).executeUpdate();
        if (recorded != 1) {
            // another request took the claim over: this one's changes roll back, the owner's stand
            throw DomainException.conflict("idempotency.inProgress");
        }
        return response;
    }

    /** Frees a claimed key whose command failed (only this request's own claim), so the client can retry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key, Claimed claim) {
        em.createNativeQuery("""
                DELETE FROM shared_idempotency_key
                WHERE county_code = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS' AND claim_token = ?3""")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, key).setParameter(3, claim.token())
                .executeUpdate();
    }

    /** Deletes the county's keys made before the retention period; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(java.time.Instant now) {
        return em.createNativeQuery("""
                DELETE FROM shared_idempotency_key WHERE county_code = ?1 AND created_at < ?2""")
                .setParameter(1, TenantScope.requireCounty()).setParameter(2, now.minus(RETENTION))
                .executeUpdate();
    }

    /** The counties that have keys (for the purge job). */
    @SuppressWarnings("unchecked")
    public List<String> countiesWithKeys() {
        return em.createNativeQuery("SELECT DISTINCT county_code FROM shared_idempotency_key").getResultList();
    }
}
