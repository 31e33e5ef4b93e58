package org.yiyang.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.MDC;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.yiyang.tenancy.Caller;
import org.yiyang.tenancy.Role;
import org.yiyang.tenancy.TenantScope;

/**
 * The entry point of every request: turns the verified OIDC token (browser session or bearer token) into
 * the {@link Caller} and runs the request in the caller's county. The county, city, township and provider
 * come only from the token's claims; nothing the client sends can choose them.
 */
@WebFilter(filterName = "CallerFilter", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.FORWARD, DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> caller = callerOf(req);
        if (caller.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        Caller c = caller.get();
        MDC.put("user", c.username());
        c.county().ifPresent(county -> MDC.put("county", county));
        try {
            TenantScope.<Exception>runAs(c, () -> chain.doFilter(req, res));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            MDC.remove("user");
            MDC.remove("county");
        }
    }

    static Optional<Caller> callerOf(HttpServletRequest req) {
        if (!(req.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        AccessToken token = principal.getOidcSecurityContext().getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (req.isUserInRole(r.roleName())) {
                roles.add(r);
            }
        }
        String username = Optional.ofNullable(token.getPreferredUsername()).orElse(principal.getName());
        return Optional.of(new Caller(username, token.getName(), roles, claim(token, "county"), claim(token, "city"),
                claim(token, "township"), claim(token, "provider")));
    }

    private static Optional<String> claim(AccessToken token, String name) {
        return Optional.ofNullable(token.getClaimValueAsString(name)).filter(s -> !s.isBlank());
    }
}
