package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What ships is clean: the EAR that {@code infra/run} deploys (the provisioned server's
 * {@code standalone/deployments/yiyang.ear}) and the built {@code ear/target/yiyang.ear} hold no test-only archive,
 * class or account, at any depth. The tests add their probe ({@code it-probe.war}) only to the copy they deploy.
 * Needs no server: it reads the archives.
 */
class ShippedEarIT {

    static final Path HOME = Path.of(System.getProperty("yiyang.home", "..")).toAbsolutePath().normalize();
    /** Names of the test run's own accounts and e-mail domain ({@code Counties.accounts()}). */
    static final List<String> TEST_ONLY_TEXT = List.of("it-probe", "zh-admin", "zh-provider", "hm-p09",
            "test.yiyang.local", "org.yiyang.it", "org/yiyang/it");

    record Entry(String path, byte[] content) {
    }

    @Test
    void theDeployedEarHoldsNoTestArchiveClassOrAccount() throws IOException {
        assertClean(HOME.resolve("ear/target/server/standalone/deployments/yiyang.ear"));
    }

    @Test
    void theBuiltEarHoldsNoTestArchiveClassOrAccount() throws IOException {
        assertClean(HOME.resolve("ear/target/yiyang.ear"));
    }

    @Test
    void theServerDeploysOnlyTheEarAndItsConfigurationNamesNoTestDeployment() throws IOException {
        Path standalone = HOME.resolve("ear/target/server/standalone");
        try (Stream<Path> s = Files.list(standalone.resolve("deployments"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.txt")).sorted()
                    .toList();
            assertEquals(List.of("yiyang.ear"), names);
        }
        String config = Files.readString(standalone.resolve("configuration/standalone.xml"), StandardCharsets.UTF_8);
        assertFalse(config.contains("it-probe"), "standalone.xml names a test deployment");
        assertFalse(config.contains("<deployments>"), "the server's configuration carries no deployment of its own");
    }

    static void assertClean(Path ear) throws IOException {
        assertTrue(Files.isRegularFile(ear), "missing " + ear);
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ear)) {
            read(ear.getFileName().toString(), in, entries);
        }
        assertTrue(entries.stream().anyMatch(e -> e.path().endsWith("yiyang-web.war!WEB-INF/web.xml")),
                "the EAR was read down to the web module");
        for (Entry e : entries) {
            String p = e.path();
            assertFalse(p.contains("it-probe"), "a test archive ships: " + p);
            assertFalse(p.contains("org/yiyang/it/") || p.contains("org/yiyang/bench/"), "a test class ships: " + p);
            assertFalse(p.matches(".*(IT|Test|Benchmark|Probe)(\\$[^/]*)?\\.class"), "a test class ships: " + p);
            assertFalse(p.contains("yiyang-demo") || p.contains("/demo/") || p.matches(".*/Demo[A-Z][^/]*\\.class"),
                    "demo data ships (it belongs to the module only infra/run deploys): " + p);
            if (isText(p)) {
                String text = new String(e.content(), StandardCharsets.UTF_8);
                for (String t : TEST_ONLY_TEXT) {
                    assertFalse(text.contains(t), p + " names the test-only " + t);
                }
            }
        }
    }

    private static boolean isText(String p) {
        return p.matches(".*\\.(xml|properties|json|sql|xhtml|txt|MF|js|css)$");
    }

    /** Every entry of an archive, its own nested archives opened ({@code outer.ear!inner.war!path}). */
    private static void read(String prefix, InputStream in, List<Entry> out) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.isDirectory()) {
                continue;
            }
            String path = prefix + "!" + e.getName();
            byte[] content = zip.readAllBytes();
            out.add(new Entry(path, content));
            String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (name.endsWith(".war") || name.startsWith("yiyang") && name.endsWith(".jar")) {
                read(path, new ByteArrayInputStream(content), out);
            }
        }
    }
}
