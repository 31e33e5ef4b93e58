package org.yiyang.it.support;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session with the portal: cookies kept, redirects followed, logged in through
 * Keycloak's real login form (no shortcut). For page and form tests that need no JavaScript.
 */
public final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta.faces.ViewState\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base = TestEnvironment.current().appUrl();

    private PortalSession() {
    }

    /** Opens the portal, is sent to Keycloak's login form, fills it in and comes back logged in. */
    public static PortalSession login(String username) {
        Orders.ensureProviderOf(username);
        PortalSession s = new PortalSession();
        Http.Reply loginPage = s.get("/");
        String action = loginFormAction(loginPage.body());
        Http.Reply home = s.send(HttpRequest.newBuilder(Http.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(Map.of("username", username,
                        "password", Tokens.PASSWORD, "credentialId", "")))));
        if (home.status() != 200 || home.body().contains("kc-form-login")) {
            throw new IllegalStateException("login of " + username + " failed: " + home);
        }
        return s;
    }

    /** The action URL of Keycloak's login form in a page, or an error if the page is not the login form. */
    public static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("not Keycloak's login form: "
                    + html.substring(0, Math.min(400, html.length())));
        }
        Matcher a = ACTION.matcher(form.group());
        if (!a.find()) {
            throw new IllegalStateException("login form without action");
        }
        return a.group(1).replace("&amp;", "&");
    }

    public static boolean isLoginForm(String html) {
        return LOGIN_FORM.matcher(html).find();
    }

    public Http.Reply get(String path) {
        return send(HttpRequest.newBuilder(Http.uri(path.startsWith("http") ? path : base + path)).GET());
    }

    /** Posts a JSF form, adding the view state of the page it came from. */
    public Http.Reply postForm(String path, String pageHtml, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(pageHtml));
        return send(HttpRequest.newBuilder(Http.uri(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(all))));
    }

    /** Posts a plain HTML form (no JSF view state) with these fields. */
    public Http.Reply post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(Http.uri(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(fields))));
    }

    public static String viewState(String html) {
        Matcher input = VIEW_STATE.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("no JSF view state in page");
        }
        Matcher v = VALUE.matcher(input.group());
        if (!v.find()) {
            throw new IllegalStateException("view state without value");
        }
        return v.group(1);
    }

    /**
     * Cookies as a browser keeps them. Browsers treat http://localhost as a secure context and so keep
     * Keycloak's {@code Secure; SameSite=None} cookies there; the JDK's cookie manager would drop them.
     */
    static final class LocalhostCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, java.util.List<String>> get(java.net.URI uri, Map<String, java.util.List<String>> headers)
                throws java.io.IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(java.net.URI uri, Map<String, java.util.List<String>> headers) throws java.io.IOException {
            if (!"localhost".equals(uri.getHost())) {
                cookies.put(uri, headers);
                return;
            }
            Map<String, java.util.List<String>> relaxed = new java.util.HashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    private Http.Reply send(HttpRequest.Builder b) {
        return Http.send(client, b.timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "zh-CN,zh;q=0.9").build());
    }
}
