package org.yiyang.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response of the portal and the API:
 * <ul>
 * <li>{@code Content-Security-Policy}: no framing by any site ({@code frame-ancestors 'none'}, against clickjacking),
 * no plug-ins, no foreign {@code <base>};</li>
 * <li>{@code Referrer-Policy: same-origin}: page addresses (which may hold ids) never go to other sites;</li>
 * <li>{@code X-Content-Type-Options: nosniff};</li>
 * <li>{@code Cache-Control: no-store} on pages and API answers, which carry personal data (static resources of the
 * portal and stored files keep their own caching);</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS.</li>
 * </ul>
 * With {@code yiyang.tls=true} (environment {@code YIYANG_TLS}, for a platform served over TLS, also behind a
 * proxy) the session cookie is {@code Secure}.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        apply(req.getRequestURI().substring(req.getContextPath().length()), req.isSecure() || tls(), res);
        chain.doFilter(req, res);
    }

    /** Sets the headers for a request path; resources that cache set their own Cache-Control after this. */
    static void apply(String path, boolean secure, HttpServletResponse res) {
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("X-Content-Type-Options", "nosniff");
        if (!path.startsWith("/jakarta.faces.resource/")) {
            res.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            res.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    static boolean tls() {
        String v = System.getProperty("yiyang.tls", System.getenv("YIYANG_TLS"));
        return v != null && Boolean.parseBoolean(v.strip());
    }

    /** Makes the session cookie {@code Secure} when the platform is served over TLS. */
    @WebListener
    public static class SecureSessionCookie implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent e) {
            if (tls()) {
                e.getServletContext().getSessionCookieConfig().setSecure(true);
            }
        }
    }
}
