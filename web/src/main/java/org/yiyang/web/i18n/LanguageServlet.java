package org.yiyang.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code GET /language?to=en&back=/elders/list.xhtml}: switches the session's language and returns to the
 * page the user was on. Only a path of this application is accepted as {@code back}.
 */
@WebServlet(name = "LanguageServlet", urlPatterns = "/language")
public class LanguageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    LocaleView localeView;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String to = req.getParameter("to");
        localeView.use(Locale.forLanguageTag(to == null ? "zh-CN" : to));
        res.sendRedirect(safeBack(req.getContextPath(), req.getParameter("back")));
    }

    static String safeBack(String contextPath, String back) {
        String home = contextPath + "/";
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return home;
        }
        return back;
    }
}
