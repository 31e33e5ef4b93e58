package org.yiyang.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command deploys a copy of the shipped EAR with the demo module added after the business module. */
class DemoModuleTest {

    static final String APPLICATION_XML = """
            <application version="10">
              <initialize-in-order>true</initialize-in-order>
              <module>
                <ejb>yiyang-ejb.jar</ejb>
              </module>
              <module>
                <web>
                  <web-uri>yiyang-web.war</web-uri>
                </web>
              </module>
            </application>""";

    @Test
    void theDemoJarIsAddedAsAnEjbModuleBetweenTheBusinessAndTheWebModule(@TempDir Path dir) throws IOException {
        Path ear = ear(dir, APPLICATION_XML);
        Path demo = Files.write(dir.resolve("yiyang-demo.jar"), new byte[] {1, 2, 3});
        RunPlatform.withDemoModule(ear, demo);
        try (FileSystem zip = FileSystems.newFileSystem(ear)) {
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(zip.getPath("yiyang-demo.jar")));
            String xml = Files.readString(zip.getPath("META-INF/application.xml"), StandardCharsets.UTF_8);
            int business = xml.indexOf("<ejb>yiyang-ejb.jar</ejb>");
            int demoModule = xml.indexOf("<ejb>yiyang-demo.jar</ejb>");
            int web = xml.indexOf("<web-uri>yiyang-web.war</web-uri>");
            assertTrue(business >= 0 && business < demoModule && demoModule < web, xml);
        }
    }

    @Test
    void anEarWithoutTheBusinessModuleIsRefused(@TempDir Path dir) throws IOException {
        Path ear = ear(dir, "<application version=\"10\"></application>");
        Path demo = Files.write(dir.resolve("yiyang-demo.jar"), new byte[] {1});
        assertThrows(IllegalStateException.class, () -> RunPlatform.withDemoModule(ear, demo));
    }

    private static Path ear(Path dir, String applicationXml) throws IOException {
        Path ear = dir.resolve("yiyang.ear");
        try (FileSystem zip = FileSystems.newFileSystem(ear, Map.of("create", "true"))) {
            Files.createDirectories(zip.getPath("META-INF"));
            Files.writeString(zip.getPath("META-INF/application.xml"), applicationXml, StandardCharsets.UTF_8);
        }
        return ear;
    }
}
