package org.yiyang.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as {@code application/problem+json} (RFC 9457): status, a localised title and detail, the
 * machine-readable {@code code} (a message key) and, for bad input, the fields at fault.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, localised by Accept-Language (zh-CN default, en)")
public record Problem(
        @Schema(description = "always about:blank") String type,
        @Schema(description = "short, localised summary of the status") String title,
        @Schema(description = "HTTP status") int status,
        @Schema(description = "localised explanation for the user") String detail,
        @Schema(description = "the request path") String instance,
        @Schema(description = "stable error code, e.g. idNumber.checkDigit") String code,
        @Schema(description = "input fields at fault") List<FieldError> errors) {

    /** One input field at fault. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
