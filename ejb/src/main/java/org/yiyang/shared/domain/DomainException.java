package org.yiyang.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A broken business rule or bad input, reported to the user in their language. The message is a key of
 * the {@code org.yiyang.shared.errors} bundles with its arguments; the kind decides the HTTP status.
 * Thrown out of a use case it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in HTTP terms. */
    public enum Kind {
        /** Bad input: 400. */
        INVALID(400),
        /** Does not exist in the caller's county (also: exists in another county): 404. */
        NOT_FOUND(404),
        /** Not allowed for the caller's role: 403. */
        FORBIDDEN(403),
        /** Conflicts with existing data (duplicate, concurrent change, wrong state): 409. */
        CONFLICT(409),
        /** Well-formed but unprocessable (e.g. an idempotency key reused with another body): 422. */
        UNPROCESSABLE(422),
        /** A service the request needs does not answer now (e.g. the identity provider): 503, retry later. */
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** An argument that is itself a name to show in the user's language (a key of the labels bundles). */
    public record Label(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> args;
    private final String field;

    public DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, null, messageKey, args);
    }

    /** A violation tied to one input field (shown next to it in forms). */
    public DomainException(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static DomainException invalid(String field, String key, Object... args) {
        return new DomainException(Kind.INVALID, field, key, args);
    }

    public static DomainException notFound(String key, Object... args) {
        return new DomainException(Kind.NOT_FOUND, key, args);
    }

    public static DomainException forbidden(String key, Object... args) {
        return new DomainException(Kind.FORBIDDEN, key, args);
    }

    public static DomainException conflict(String key, Object... args) {
        return new DomainException(Kind.CONFLICT, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The input field the violation is about, or null. */
    public String field() {
        return field;
    }
}
