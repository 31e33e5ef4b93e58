package org.yiyang.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PortalTextsTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PortalTextsTest.class.getResourceAsStream("/org/yiyang/web/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameTexts() throws IOException {
        assertEquals(bundle("messages_zh_CN").keySet(), bundle("messages_en").keySet());
        assertEquals(bundle("faces_zh_CN").keySet(), bundle("faces_en").keySet());
    }

    @Test
    void everyTextAPageUsesExists() throws IOException {
        Properties zh = bundle("messages_zh_CN");
        Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".")) {
                        assertTrue(zh.containsKey(key), key + " used in " + page);
                    }
                }
            }
        }
    }

    @Test
    void pagesHaveNoChineseLiterals() throws IOException {
        Pattern han = Pattern.compile("\\p{IsHan}");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                assertTrue(!han.matcher(Files.readString(page)).find(), "Chinese text belongs in the bundles: " + page);
            }
        }
    }

    @Test
    void languageSwitchReturnsOnlyToPathsOfThePortal() {
        assertEquals("/elders/list.xhtml", LanguageServlet.safeBack("", "/elders/list.xhtml"));
        assertEquals("/", LanguageServlet.safeBack("", "//evil.example/x"));
        assertEquals("/", LanguageServlet.safeBack("", "https://evil.example/"));
        assertEquals("/", LanguageServlet.safeBack("", null));
        assertEquals("/", LanguageServlet.safeBack("", "/x\r\nSet-Cookie: a=b"));
    }
}
