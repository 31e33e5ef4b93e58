package org.yiyang.web.faces;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.yiyang.shared.application.ErrorMessages;
import org.yiyang.web.api.Problem;
import org.yiyang.web.i18n.LocaleView;

/**
 * Where the container sends errors: requests to the API get a problem document, portal requests the
 * error page in the user's language.
 */
@WebServlet(name = "ErrorDispatchServlet", urlPatterns = "/error-dispatch")
public class ErrorDispatchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    LocaleView localeView;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        Integer status = (Integer) req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status == null ? 500 : status;
        String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.startsWith(req.getContextPath() + "/api/")) {
            Locale locale = ErrorMessages.supported(req.getLocale());
            String key = switch (code) {
                case 403 -> "access.forbidden";
                case 404 -> "request.notFound";
                case 405 -> "request.methodNotAllowed";
                default -> "server.error";
            };
            Problem p = new Problem("about:blank", ErrorMessages.format("http." + code, locale), code,
                    ErrorMessages.format(key, locale, "-"), uri, key, null);
            res.setStatus(code);
            res.setContentType("application/problem+json");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write(JSONB.toJson(p));
            return;
        }
        String page = switch (code) {
            case 403, 404 -> "/error/" + code + ".xhtml";
            default -> "/error/500.xhtml";
        };
        req.getRequestDispatcher(page).forward(req, res);
    }
}
