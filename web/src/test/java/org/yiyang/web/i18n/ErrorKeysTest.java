package org.yiyang.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that the Java code of the EJB and web modules hands to a {@code DomainException} or a problem
 * response exists in both error bundles, so no user ever reads a raw key such as {@code order.elder.idNumber.unknown}.
 * (The keys pages use are checked by {@link PortalTextsTest}.)
 */
class ErrorKeysTest {

    /** A call that carries a message key, up to the end of its statement. */
    static final Pattern CALL = Pattern.compile("(?:DomainException[.\\w]*\\(|new DomainException\\(|ProblemResponses\\.of\\()"
            + "([^;]*)");
    /** A string literal shaped like a message key: dotted identifiers. */
    static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorKeysTest.class.getResourceAsStream("/org/yiyang/shared/errors_" + suffix
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Map<String, String> keysUsedInJava() throws IOException {
        Map<String, String> used = new TreeMap<>();
        for (Path root : new Path[] {Path.of("../ejb/src/main/java"), Path.of("src/main/java")}) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is where the sources are");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher call = CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (call.find()) {
                        Matcher key = KEY.matcher(call.group(1));
                        while (key.find()) {
                            used.putIfAbsent(key.group(1), f.getFileName().toString());
                        }
                    }
                }
            }
        }
        return used;
    }

    @Test
    void everyKeyTheCodeUsesIsInTheChineseAndTheEnglishBundle() throws IOException {
        Map<String, String> used = keysUsedInJava();
        assertTrue(used.size() > 100, "the scan finds the keys: " + used.size());
        for (String suffix : new String[] {"zh_CN", "en"}) {
            Set<String> known = bundle(suffix).stringPropertyNames();
            Map<String, String> missing = new TreeMap<>(used);
            missing.keySet().removeAll(known);
            assertEquals(Map.of(), missing, "keys used in the code (key=file) missing from errors_" + suffix);
        }
    }
}
