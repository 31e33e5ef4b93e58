package org.yiyang.web.api;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.hibernate.exception.LockAcquisitionException;
import org.yiyang.shared.application.IdempotencyStore;
import org.yiyang.shared.application.IdempotencyStore.Claimed;
import org.yiyang.shared.application.IdempotencyStore.InProgress;
import org.yiyang.shared.application.IdempotencyStore.Replay;
import org.yiyang.shared.application.IdempotencyStore.StoredResponse;
import org.yiyang.shared.domain.DomainException;

/**
 * How every creating endpoint honours {@code Idempotency-Key}: the first request runs the command and its
 * response is recorded with it; a replay (same key, same body) gets that response again with
 * {@code Idempotent-Replayed: true}; a concurrent replay waits for the first to finish; the same key with
 * another body is refused with 422 and changes nothing. Without the header the command simply runs.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final long WAIT_MILLIS = 15_000;
    private static final long POLL_MILLIS = 50;

    /** What a creating command returns: where the new resource is and its representation. */
    public record Created(URI location, Object entity) {
    }

    @Inject
    IdempotencyStore store;

    private final Jsonb jsonb = JsonbBuilder.create();

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing to release that matters at shutdown
        }
    }

    /**
     * @param key       the request's Idempotency-Key header, or null
     * @param operation names the endpoint (a key is bound to one operation)
     * @param request   the request body; its JSON form is the request's fingerprint
     */
    public Response create(String key, String operation, Object request, Supplier<Created> command) {
        if (key == null || key.isBlank()) {
            Created c = command.get();
            return Response.created(c.location()).entity(c.entity()).type(MediaType.APPLICATION_JSON).build();
        }
        byte[] fingerprint = store.fingerprint(operation, jsonb.toJson(request));
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (true) {
            IdempotencyStore.Claim claim = claimOrWait(key, operation, fingerprint);
            if (claim instanceof Replay replay) {
                return replay(replay.response());
            }
            if (claim instanceof Claimed claimed) {
                return run(key, claimed, command);
            }
            if (claim instanceof InProgress && System.nanoTime() > deadline) {
                throw DomainException.conflict("idempotency.inProgress");
            }
            pause();
        }
    }

    /** A claim; a lock conflict with a concurrent request of the same key counts as "still in progress". */
    private IdempotencyStore.Claim claimOrWait(String key, String operation, byte[] fingerprint) {
        try {
            return store.claim(key, operation, fingerprint);
        } catch (EJBException e) {
            if (isLockConflict(e)) {
                return new InProgress();
            }
            throw e;
        }
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Response run(String key, Claimed claim, Supplier<Created> command) {
        StoredResponse stored;
        try {
            stored = store.execute(key, claim, () -> {
                Created c = command.get();
                return new StoredResponse(201, c.location().toString(), jsonb.toJson(c.entity()));
            });
        } catch (RuntimeException e) {
            store.release(key, claim);
            throw e;
        }
        return Response.status(stored.status()).location(URI.create(stored.location()))
                .entity(stored.body()).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response replay(StoredResponse r) {
        Response.ResponseBuilder b = Response.status(r.status()).entity(r.body()).type(MediaType.APPLICATION_JSON)
                .header(REPLAYED, "true");
        if (r.location() != null) {
            b.header(HttpHeaders.LOCATION, r.location());
        }
        return b.build();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.conflict("idempotency.inProgress");
        }
    }
}
