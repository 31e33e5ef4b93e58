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
            return ProblemResponses.of(400, "request.invalidJson", headers, uri, shortReason(e));
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
            return ProblemResponses.of(400, "request.invalidJson", headers, uri, shortReason(e));
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

    /** Anything else: 500 with an incident number that is also in the server log. */
    @Provider
    public static class ServerErrorMapper implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class);
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return serverError(e, headers, uri);
        }

        static Response serverError(Throwable e, HttpHeaders headers, UriInfo uri) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "incident %s on %s", incident, uri == null ? "?" : uri.getPath());
            return ProblemResponses.of(500, "server.error", headers, uri, incident);
        }
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
