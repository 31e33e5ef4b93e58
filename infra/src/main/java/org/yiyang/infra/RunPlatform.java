package org.yiyang.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import sun.misc.Signal;

/**
 * The run command: MariaDB (configured or embedded), Keycloak and WildFly with the EAR and demo data, in
 * the foreground. Prints the URL and the demo logins once everything is ready; Ctrl-C (or SIGTERM) stops
 * everything it started, by PID, and exits 0. Data is kept in {@code .run/} between runs; {@code --reset}
 * starts clean.
 */
public final class RunPlatform {

    static final String DEMO_PASSWORD = "yiyang2026";
    static final List<String[]> DEMO_LOGINS = List.of(
            new String[] {"bc-admin", "county admin, Bincheng district (371602)"},
            new String[] {"bc-staff", "county bureau staff, Bincheng"},
            new String[] {"bc-township", "township staff, Shizhong street of Bincheng (371602001000)"},
            new String[] {"bc-assistant", "village assistant, Shizhong street of Bincheng"},
            new String[] {"hm-admin", "county admin, Huimin county (371621)"},
            new String[] {"hm-township", "township staff, Sunwu street of Huimin (371621001000)"},
            new String[] {"bz-city", "city official, Binzhou city (3716)"},
            new String[] {"bc-provider-admin / hm-provider-admin", "service provider admins"},
            new String[] {"bc-volunteer / hm-volunteer", "volunteers"},
            new String[] {"operator", "platform operator"});

    private final Path home;
    private final Path run;
    private final List<Runnable> stops = new ArrayList<>();

    RunPlatform(Path home) {
        this.home = home;
        this.run = home.resolve(".run");
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("yiyang.home", ".")).toAbsolutePath().normalize();
        boolean reset = List.of(args).contains("--reset");
        for (String a : args) {
            if (!a.equals("--reset")) {
                System.err.println("Unknown option " + a + ". Usage: infra/run [--reset]");
                System.exit(2);
            }
        }
        RunPlatform platform = new RunPlatform(home);
        CountDownLatch stop = new CountDownLatch(1);
        // A signal during start-up interrupts the waiting (for a server that may never get ready), and the
        // finally block below stops what was started so far.
        Thread main = Thread.currentThread();
        Signal.handle(new Signal("INT"), s -> {
            stop.countDown();
            main.interrupt();
        });
        Signal.handle(new Signal("TERM"), s -> {
            stop.countDown();
            main.interrupt();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAll, "yiyang-stop"));
        int code = 0;
        try {
            platform.start(reset);
            stop.await();
            say("Stopping...");
        } catch (InterruptedException e) {
            say("Stopping...");
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println();
            System.err.println("[yiyang] " + e.getMessage());
            code = 1;
        } finally {
            platform.stopAll();
        }
        System.exit(code);
    }

    void start(boolean reset) throws Exception {
        Files.createDirectories(run);
        claimPidFile();
        Path server = home.resolve("ear/target/server");
        Path ear = server.resolve("standalone/deployments/yiyang.ear");
        Path demo = home.resolve("infra/demo/target/yiyang-demo.jar");
        Path kcZip = KeycloakServer.distributionIn(home.resolve("infra/target/keycloak"));
        if (!Files.isRegularFile(ear) || !Files.isRegularFile(demo) || kcZip == null) {
            throw new IllegalStateException("The platform is not built yet: run ./mvnw -DskipTests package first "
                    + "(infra/run does this for you).");
        }
        String dbName = Env.get("yiyang.db.name", "YIYANG_DB_NAME", "yiyang");
        int kcPort = Env.getInt("yiyang.keycloak.port", "KEYCLOAK_PORT", 8180);
        int offset = Env.getInt("yiyang.port.offset", "YIYANG_PORT_OFFSET", 0);
        String externalKeycloak = Env.get(null, "KEYCLOAK_URL", null);
        if (reset) {
            say("Reset: removing the kept Keycloak data, the embedded MariaDB data and the '" + dbName + "' database");
            KeycloakServer.deleteTree(run.resolve("keycloak"));
            KeycloakServer.deleteTree(run.resolve("wildfly"));
        }

        long t0 = System.nanoTime();
        Database db = MariaDbLocator.locate(Env.getInt(null, "YIYANG_EMBEDDED_DB_PORT", 3316), run.resolve("mariadb"),
                RunPlatform::say);
        stops.add(db::close);
        if (reset) {
            db.dropDatabase(dbName);
        }
        db.createDatabase(dbName);

        String issuerBase;
        if (externalKeycloak != null) {
            issuerBase = externalKeycloak;
            say("Keycloak: using " + externalKeycloak);
        } else {
            say("Keycloak: starting on port " + kcPort + " (the first start builds it, about a minute)");
            KeycloakServer kc = KeycloakServer.start(kcZip, run.resolve("keycloak"),
                    home.resolve("infra/keycloak/yiyang-realm.json"), kcPort,
                    Env.get(null, "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"), Duration.ofMinutes(4));
            stops.add(0, kc::stop);
            issuerBase = kc.baseUrl();
            say("Keycloak: ready (PID " + kc.pid() + ")");
        }

        Path base = run.resolve("wildfly");
        prepareBaseDir(server.resolve("standalone"), base, ear, demo);
        Map<String, String> props = new HashMap<>();
        props.put("yiyang.db.url", db.url(dbName));
        props.put("yiyang.db.user", db.user());
        props.put("yiyang.keycloak.url", issuerBase);
        props.put("yiyang.data.key", dataKey());
        Map<String, String> env = new HashMap<>();
        if (db.password() != null) {
            env.put("MARIADB_PASSWORD", db.password());
        }
        say("WildFly: starting on port " + (8080 + offset));
        WildFlyServer wf = WildFlyServer.start(server, base, offset, props, env,
                Env.get(null, "YIYANG_SERVER_HEAP", "-Xms256m -Xmx1536m"), Duration.ofMinutes(5));
        stops.add(0, wf::stop);
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        banner(wf.baseUrl() + "/", seconds);
    }

    /**
     * Fresh configuration and EAR from the build every start, with the demo module added; data and logs of earlier
     * runs are kept.
     */
    private static void prepareBaseDir(Path standalone, Path base, Path ear, Path demo) throws IOException {
        Path config = base.resolve("configuration");
        KeycloakServer.deleteTree(config);
        copyTree(standalone.resolve("configuration"), config);
        Path deployments = base.resolve("deployments");
        KeycloakServer.deleteTree(deployments);
        Files.createDirectories(deployments);
        Path deployed = deployments.resolve("yiyang.ear");
        Files.copy(ear, deployed, StandardCopyOption.REPLACE_EXISTING);
        withDemoModule(deployed, demo);
    }

    /**
     * Adds the demo data module ({@code yiyang-demo.jar}, built by {@code infra/demo}) to a copy of the shipped EAR,
     * as an EJB module started after the business module: the shipped EAR itself carries no demo data.
     */
    static void withDemoModule(Path ear, Path demoJar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(ear)) {
            Files.copy(demoJar, zip.getPath("yiyang-demo.jar"), StandardCopyOption.REPLACE_EXISTING);
            Path descriptor = zip.getPath("META-INF/application.xml");
            String xml = Files.readString(descriptor, StandardCharsets.UTF_8);
            int ejb = xml.indexOf("<ejb>yiyang-ejb.jar</ejb>");
            int end = ejb < 0 ? -1 : xml.indexOf("</module>", ejb);
            if (end < 0) {
                throw new IllegalStateException("The EAR's application.xml names no yiyang-ejb.jar module: " + ear);
            }
            end += "</module>".length();
            Files.writeString(descriptor, xml.substring(0, end) + "\n  <module>\n    <ejb>yiyang-demo.jar</ejb>\n  </module>"
                    + xml.substring(end), StandardCharsets.UTF_8);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The development data key: generated once into .run/data-key (never committed). */
    private String dataKey() throws IOException {
        String configured = Env.get("yiyang.data.key", "YIYANG_DATA_KEY", null);
        if (configured != null) {
            return configured;
        }
        Path file = run.resolve("data-key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).strip();
    }

    private void claimPidFile() throws IOException {
        Path pidFile = run.resolve("run.pid");
        if (Files.exists(pidFile)) {
            String old = Files.readString(pidFile).strip();
            boolean alive = !old.isEmpty() && old.chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(old)).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                throw new IllegalStateException("Yiyang is already running (PID " + old + ", see " + pidFile
                        + "). Stop it with Ctrl-C in its terminal or: kill " + old);
            }
            say("Removing a stale PID file " + pidFile + " (process " + old + " is gone)");
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        stops.add(() -> {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                System.err.println("[yiyang] could not remove " + pidFile);
            }
        });
    }

    synchronized void stopAll() {
        for (Runnable r : List.copyOf(stops)) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.err.println("[yiyang] while stopping: " + e.getMessage());
            }
        }
        stops.clear();
    }

    private static void banner(String url, long seconds) {
        StringBuilder b = new StringBuilder();
        b.append("\n==============================================================================\n");
        b.append(" Yiyang (颐养) is ready after ").append(seconds).append(" s:  ").append(url).append('\n');
        b.append(" Demo logins (password for all: ").append(DEMO_PASSWORD).append("):\n");
        for (String[] l : DEMO_LOGINS) {
            b.append(String.format("   %-40s %s%n", l[0], l[1]));
        }
        b.append(" Press Ctrl-C to stop everything.\n");
        b.append("==============================================================================\n");
        System.out.print(b);
        System.out.flush();
    }

    static void say(String line) {
        System.out.println("[yiyang] " + line);
        System.out.flush();
    }
}
