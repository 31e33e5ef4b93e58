package org.yiyang.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers the filter sets, over TLS and over plain HTTP, on pages and on the portal's static resources. */
class SecurityHeadersTest {

    static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> set = new HashMap<>();
        HttpServletResponse res = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        SecurityHeaders.apply(path, secure, res);
        return set;
    }

    @Test
    void overTlsBrowsersAreToldToUseTlsOnly() {
        assertEquals(SecurityHeaders.HSTS, headers("/", true).get("Strict-Transport-Security"));
        assertNull(headers("/", false).get("Strict-Transport-Security"), "never over plain HTTP");
    }

    @Test
    void pagesAreNeverCachedAndNeverFramedStaticResourcesMayBeCached() {
        Map<String, String> page = headers("/elders/view.xhtml", false);
        assertEquals("no-store", page.get("Cache-Control"));
        assertEquals("frame-ancestors 'none'; object-src 'none'; base-uri 'self'", page.get("Content-Security-Policy"));
        assertEquals("same-origin", page.get("Referrer-Policy"));
        Map<String, String> css = headers("/jakarta.faces.resource/css/yiyang.css.xhtml", false);
        assertFalse(css.containsKey("Cache-Control"));
        assertEquals("DENY", css.get("X-Frame-Options"));
    }
}
