package org.yiyang.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The provisioned WildFly ({@code ear/target/server}) with the EAR deployed, started as a child process. */
public final class WildFlyServer {

    private final ManagedProcess process;
    private final int httpPort;
    private final int managementPort;

    private WildFlyServer(ManagedProcess process, int httpPort, int managementPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /**
     * Starts the server and waits until {@code /health/ready} on the management port answers 200, which
     * includes the application's own checks (database, scheduler).
     *
     * @param home        the provisioned server
     * @param baseDir     its standalone folder (configuration, deployments, data, log)
     * @param portOffset  added to every port (8080 / 9990)
     * @param properties  system properties for the server (datasource URL, Keycloak URL, data key...)
     */
    public static WildFlyServer start(Path home, Path baseDir, int portOffset, Map<String, String> properties,
                                      Map<String, String> env, String heap, Duration timeout) throws IOException {
        int http = 8080 + portOffset;
        int management = 9990 + portOffset;
        Readiness.requireFree(http, "WildFly HTTP", "YIYANG_PORT_OFFSET");
        Readiness.requireFree(management, "WildFly management", "YIYANG_PORT_OFFSET");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(heap.split("\\s+")));
        cmd.add("-Djava.net.preferIPv4Stack=true");
        cmd.add("-Djboss.modules.system.pkgs=org.jboss.byteman");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dorg.jboss.boot.log.file=" + baseDir.resolve("log/server.log"));
        cmd.add("-Dlogging.configuration=file:" + baseDir.resolve("configuration/logging.properties"));
        cmd.add("-Djboss.home.dir=" + home);
        cmd.add("-Djboss.server.base.dir=" + baseDir);
        cmd.add("-Djboss.socket.binding.port-offset=" + portOffset);
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("--add-exports=java.desktop/sun.awt=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.url.ldap=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.url.ldaps=ALL-UNNAMED",
                "--add-exports=jdk.naming.dns/com.sun.jndi.dns=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.management/javax.management=ALL-UNNAMED",
                "--add-opens=java.naming/javax.naming=ALL-UNNAMED",
                "--add-modules=java.se"));
        cmd.addAll(List.of("-jar", home.resolve("jboss-modules.jar").toString(),
                "-mp", home.resolve("modules").toString(), "org.jboss.as.standalone",
                "-Djboss.home.dir=" + home, "-Djboss.server.base.dir=" + baseDir));
        Files.createDirectories(baseDir.resolve("log"));
        Path log = baseDir.resolve("log/server.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        ManagedProcess p = ManagedProcess.start("wildfly", cmd, home, env, baseDir.resolve("log/console.log"));
        WildFlyServer server = new WildFlyServer(p, http, management);
        try {
            Readiness.await("WildFly", timeout, () -> p.isAlive() && !bootFailed(log, logStart),
                    () -> Readiness.answers200(server.readinessUrl()));
        } catch (IllegalStateException e) {
            String tail = p.tail(40);
            p.stop(Duration.ofSeconds(20));
            throw new IllegalStateException(e.getMessage() + "\n--- " + p.log() + " ---\n" + tail, e);
        }
        return server;
    }

    /**
     * Whether the server, since the log had {@code from} bytes, has finished booting with errors (a failed
     * deployment: it would never get ready).
     */
    static boolean bootFailed(Path log, long from) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= from) {
                return false;
            }
            byte[] tail = new byte[(int) Math.min(length - from, 4 * 1024 * 1024)];
            f.seek(length - tail.length);
            f.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).contains("WFLYSRV0026");
        } catch (IOException e) {
            return false;
        }
    }

    public String readinessUrl() {
        return "http://localhost:" + managementPort + "/health/ready";
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public long pid() {
        return process.pid();
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }
}
