package org.yiyang.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.shared.domain.DomainException;

/** Builds problem responses in the caller's language. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return ErrorMessages.supported(wanted.isEmpty() || "*".equals(wanted.get(0).toString()) ? null : wanted.get(0));
    }

    static Response of(DomainException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String detail = ErrorMessages.format(e, locale);
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), detail));
        return build(e.kind().status(), detail, e.messageKey(), errors, locale, uri);
    }

    static Response of(int status, String key, HttpHeaders headers, UriInfo uri, Object... args) {
        Locale locale = locale(headers);
        return build(status, ErrorMessages.format(key, locale, args), key, null, locale, uri);
    }

    private static Response build(int status, String detail, String code, List<Problem.FieldError> errors,
                                  Locale locale, UriInfo uri) {
        String title = ErrorMessages.format("http." + status, locale);
        Problem p = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getRequestUri().getPath(), code,
                errors);
        return Response.status(status).type(YiyangApi.PROBLEM_JSON).entity(p)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).build();
    }
}
