package org.yiyang.shared.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yiyang.shared.domain.DomainException;
import org.yiyang.shared.infrastructure.IdempotencyKeyTable;
import org.yiyang.shared.infrastructure.PersonalDataProtector;
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

    @jakarta.inject.Inject
    IdempotencyKeyTable keys;

    @jakarta.inject.Inject
    PersonalDataProtector protector;

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
        String by = TenantScope.requireCaller().username();
        if (keys.insertClaim(county, key, operation, requestHash, token, by)) {
            return new Claimed(token);
        }
        Optional<IdempotencyKeyTable.Row> found = keys.find(county, key, ABANDONED_AFTER_SECONDS);
        if (found.isEmpty()) {
            // the first request failed and released the key between our insert and select: try again
            return new InProgress();
        }
        IdempotencyKeyTable.Row row = found.get();
        if (!operation.equals(row.operation()) || !Arrays.equals(requestHash, row.requestHash())) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Idempotency-Key", "idempotency.keyReused");
        }
        if ("COMPLETED".equals(row.state())) {
            return new Replay(new StoredResponse(row.status(), row.location(), row.body()));
        }
        // only a claim already seen as abandoned is taken over: concurrent requests that merely wait do not all try
        // to upgrade their lock on the row (which would deadlock)
        return row.abandoned() && keys.takeOver(county, key, token, by, ABANDONED_AFTER_SECONDS)
                ? new Claimed(token) : new InProgress();
    }

    private static byte[] newToken() {
        byte[] t = new byte[16];
        RANDOM.nextBytes(t);
        return t;
    }

    /**
     * Runs the command of a claimed key and records its response in the same transaction: either both the
     * change and the recorded response commit, or neither does.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StoredResponse execute(String key, Claimed claim, Supplier<StoredResponse> command) {
        StoredResponse response = command.get();
        if (!keys.complete(TenantScope.requireCounty(), key, claim.token(), response.status(), response.location(),
                response.body())) {
            // another request took the claim over: this one's changes roll back, the owner's stand
            throw DomainException.conflict("idempotency.inProgress");
        }
        return response;
    }

    /** Frees a claimed key whose command failed (only this request's own claim), so the client can retry. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key, Claimed claim) {
        keys.release(TenantScope.requireCounty(), key, claim.token());
    }

    /** Deletes the county's keys made before the retention period; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(java.time.Instant now) {
        return keys.purge(TenantScope.requireCounty(), now.minus(RETENTION));
    }

    /** The counties that have keys (for the purge job). */
    public List<String> countiesWithKeys() {
        return keys.counties();
    }
}
