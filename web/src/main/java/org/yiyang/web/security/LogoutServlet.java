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
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        doPost(req, res);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
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
