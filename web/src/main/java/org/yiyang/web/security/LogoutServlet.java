package org.yiyang.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends both sessions: the portal's (the HTTP session holds the tokens) and Keycloak's (RP-initiated logout
 * at the token issuer's end-session endpoint, which then sends the browser back to the portal, where the
 * login form appears again).
 *
 * <p>Only by POST from the portal's own logout form, which carries the session's logout token: a link, an image
 * or another site's form cannot log a user out (GET answers 405).
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The session attribute with the token the logout form carries. */
    public static final String TOKEN = "org.yiyang.web.logoutToken";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The session's logout token (made on first use). */
    public static String token(HttpSession session) {
        Object t = session.getAttribute(TOKEN);
        if (t == null) {
            byte[] b = new byte[18];
            RANDOM.nextBytes(b);
            t = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            session.setAttribute(TOKEN, t);
        }
        return (String) t;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        res.setHeader("Allow", "POST");
        res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        HttpSession current = req.getSession(false);
        Object expected = current == null ? null : current.getAttribute(TOKEN);
        if (current != null && (expected == null || !java.security.MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8),
                String.valueOf(req.getParameter("token")).getBytes(StandardCharsets.UTF_8)))) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String endSession = null;
        if (req.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            OidcSecurityContext ctx = principal.getOidcSecurityContext();
            String back = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                    + req.getContextPath() + "/";
            endSession = ctx.getToken().getIssuer() + "/protocol/openid-connect/logout?post_logout_redirect_uri="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8)
                    + (ctx.getIDTokenString() == null ? "&client_id=" + enc(ctx.getToken().getClaimValueAsString("azp"))
                    : "&id_token_hint=" + enc(ctx.getIDTokenString()));
        }
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        res.sendRedirect(endSession != null ? endSession : req.getContextPath() + "/");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
