package org.yiyang.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Yiyang API", version = "1",
                description = "County elderly-care platform. Every call works in the county of the bearer token's "
                        + "county claim; ids of other counties answer 404. Errors are RFC 9457 problem documents."),
        security = @SecurityRequirement(name = YiyangApi.BEARER))
@SecurityScheme(securitySchemeName = YiyangApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the Keycloak realm yiyang")
public class YiyangApi extends Application {
    public static final String BEARER = "bearer";
    public static final String PROBLEM_JSON = "application/problem+json";
}
