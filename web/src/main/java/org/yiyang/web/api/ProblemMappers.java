package org.yiyang.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.yiyang.shared.domain.DomainException;

/** Every error of the API as a localised problem document; nothing internal leaks to the client. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Broken rules and bad input from the use cases. */
    @Provider
    public static class DomainMapper implements ExceptionMapper<DomainException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(DomainException e) {
            return ProblemResponses.of(e, headers, uri);
        }
    }

    /** Malformed JSON bodies. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            return tooLarge(e, headers, uri).orElseGet(() ->
                    ProblemResponses.of(400, "request.invalidJson", headers, uri, shortReason(e)));
        }
    }

    /** Bodies the JSON provider could not read (RESTEasy wraps the parser's error). */
    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            return tooLarge(e, headers, uri).orElseGet(() ->
                    ProblemResponses.of(400, "request.invalidJson", headers, uri, shortReason(e)));
        }
    }

    /** JAX-RS's own errors: unknown path, wrong method, wrong media type... */
    @Provider
    public static class WebMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key;
            if (e instanceof NotFoundException) {
                key = "request.notFound";
            } else if (e instanceof NotAllowedException) {
                key = "request.methodNotAllowed";
            } else if (e instanceof NotSupportedException || e instanceof NotAcceptableException) {
                key = "request.unsupportedMediaType";
            } else if (e instanceof NotAuthorizedException) {
                key = "access.forbidden";
            } else if (status >= 500) {
                return ServerErrorMapper.serverError(e, headers, uri);
            } else {
                key = "request.invalid";
                return ProblemResponses.of(status, key, headers, uri, shortReason(e));
            }
            return ProblemResponses.of(status, key, headers, uri);
        }
    }

    /**
     * Anything else. Its causes are looked through first (the container wraps what a bean throws in an
     * {@code EJBException}, JPA wraps the driver's error): a broken rule is its problem; a concurrent change of the
     * same record (optimistic lock) or a duplicate (unique constraint) is a 409; a lock wait that timed out or a
     * deadlock is a 503 with {@code Retry-After}; a caller without a county is a 403. Only what is left is a 500
     * with an incident number that is also in the server log.
     */
    @Provider
    public static class ServerErrorMapper implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class);
        /** Seconds a client waits before it retries after a lock timeout. */
        static final int RETRY_AFTER_SECONDS = 2;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return tooLarge(e, headers, uri).orElseGet(() -> byCause(e));
        }

        private Response byCause(Throwable e) {
            return switch (Failure.of(e)) {
                case DOMAIN -> ProblemResponses.of(Failure.cause(e, DomainException.class).orElseThrow(), headers, uri);
                case CONFLICT -> ProblemResponses.of(409, "request.conflict", headers, uri);
                case DUPLICATE -> ProblemResponses.of(409, "request.duplicate", headers, uri);
                case BUSY -> Response.fromResponse(ProblemResponses.of(503, "request.busy", headers, uri))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
                case NO_COUNTY -> ProblemResponses.of(403, "access.noCounty", headers, uri);
                case UNKNOWN -> serverError(e, headers, uri);
            };
        }

        static Response serverError(Throwable e, HttpHeaders headers, UriInfo uri) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "incident %s on %s", incident, uri == null ? "?" : uri.getPath());
            return ProblemResponses.of(500, "server.error", headers, uri, incident);
        }
    }

    /** What an unexpected exception means for the client, judged by its causes. */
    enum Failure {
        DOMAIN, CONFLICT, DUPLICATE, BUSY, NO_COUNTY, UNKNOWN;

        /** MariaDB: lock wait timeout, deadlock; SQL state 40001: serialization failure. */
        private static final java.util.Set<Integer> BUSY_ERRORS = java.util.Set.of(1205, 1213);

        static Failure of(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof DomainException) {
                    return DOMAIN;
                }
                if (t instanceof org.yiyang.tenancy.NoTenantException) {
                    return NO_COUNTY;
                }
                if (t instanceof jakarta.persistence.OptimisticLockException
                        || t instanceof org.hibernate.StaleStateException) {
                    return CONFLICT;
                }
                if (t instanceof jakarta.persistence.LockTimeoutException
                        || t instanceof jakarta.persistence.PessimisticLockException
                        || t instanceof org.hibernate.exception.LockAcquisitionException
                        || t instanceof org.hibernate.exception.LockTimeoutException
                        || t instanceof org.hibernate.PessimisticLockException) {
                    return BUSY;
                }
                if (t instanceof java.sql.SQLException sql) {
                    if (BUSY_ERRORS.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState())) {
                        return BUSY;
                    }
                    if (sql instanceof java.sql.SQLIntegrityConstraintViolationException
                            || sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                        return DUPLICATE;
                    }
                }
                if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                    return DUPLICATE;
                }
            }
            return UNKNOWN;
        }

        /** The first cause of this type, the exception itself included. */
        static <T extends Throwable> java.util.Optional<T> cause(Throwable e, Class<T> type) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return java.util.Optional.of(type.cast(t));
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A body that passed the limit while it was read ({@link BodyLimit}): 413, whatever wrapped it. */
    static java.util.Optional<Response> tooLarge(Throwable e, HttpHeaders headers, UriInfo uri) {
        return Failure.cause(e, BodyLimit.TooLarge.class)
                .map(big -> ProblemResponses.of(413, "request.tooLarge", headers, uri, big.limit / 1024 / 1024));
    }

    private static String shortReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        m = m.replaceAll("[\\r\\n]+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
