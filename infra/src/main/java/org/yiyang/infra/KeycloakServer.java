package org.yiyang.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its Maven Central distribution ({@code keycloak-quarkus-dist} zip) in development
 * mode. The distribution is unpacked once per version into the user's cache folder, where its one-time
 * build step is kept; each instance (run command, tests) gets its own home there with its own data folder
 * (H2 database, transaction logs) and its own realm import, sharing the distribution's lib, themes and conf.
 */
public final class KeycloakServer {

    public static final String REALM = "yiyang";

    private final Path instance;
    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(Path instance, int port, ManagedProcess process) {
        this.instance = instance;
        this.port = port;
        this.process = process;
    }

    /** Where distributions are unpacked: {@code $XDG_CACHE_HOME/yiyang} or {@code ~/.cache/yiyang}. */
    public static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("yiyang");
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param distZip   the keycloak-quarkus-dist zip
     * @param instance  this instance's home (kept between runs, or wiped by the caller for a fresh start)
     * @param realmFile the realm to import (skipped by Keycloak when the realm already exists in the data)
     * @param heap      e.g. {@code -Xms64m -Xmx768m}
     */
    public static KeycloakServer start(Path distZip, Path instance, Path realmFile, int port, String heap,
                                       Duration timeout) throws IOException {
        Readiness.requireFree(port, "Keycloak", "KEYCLOAK_PORT");
        Path dist = unpacked(distZip);
        Files.createDirectories(instance.resolve("data/import"));
        for (String shared : List.of("lib", "providers", "themes", "conf")) {
            Path link = instance.resolve(shared);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, dist.resolve(shared));
            }
        }
        Files.copy(realmFile, instance.resolve("data/import/" + REALM + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_OPTS_KC_HEAP", heap);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", Env.get(null, "KEYCLOAK_ADMIN_PASSWORD", "admin"));
        List<String> cmd = List.of("/bin/sh", dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm",
                "-Dkc.home.dir=" + instance, "-Djboss.server.config.dir=" + dist.resolve("conf"));
        ManagedProcess p = ManagedProcess.start("keycloak", cmd, instance, env, instance.resolve("keycloak.log"));
        KeycloakServer kc = new KeycloakServer(instance, port, p);
        try {
            Readiness.await("Keycloak on port " + port, timeout, p::isAlive, () -> Readiness.answers200(kc.issuer()
                    + "/.well-known/openid-configuration"));
        } catch (IllegalStateException e) {
            String tail = p.tail(30);
            p.stop(Duration.ofSeconds(10));
            throw new IllegalStateException(e.getMessage() + "\n--- " + p.log() + " ---\n" + tail, e);
        }
        return kc;
    }

    /** The realm's issuer URL, e.g. {@code http://localhost:8180/realms/yiyang}. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path instance() {
        return instance;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** The keycloak-quarkus-dist zip in a folder, or null. */
    public static Path distributionIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.zip")).findFirst()
                    .orElse(null);
        }
    }

    /** Unpacks the distribution once (under a file lock, into a temporary folder renamed at the end). */
    static Path unpacked(Path zip) throws IOException {
        Path cache = cacheFolder();
        Files.createDirectories(cache);
        String name = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path target = cache.resolve(name);
        if (Files.isRegularFile(target.resolve("bin/kc.sh"))) {
            return target;
        }
        try (FileChannel ch = FileChannel.open(cache.resolve(name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
            if (Files.isRegularFile(target.resolve("bin/kc.sh"))) {
                return target;
            }
            Path tmp = Files.createTempDirectory(cache, name + ".unpacking");
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("bad entry in " + zip + ": " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path top;
            try (Stream<Path> s = Files.list(tmp)) {
                top = s.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("empty " + zip));
            }
            try (Stream<Path> s = Files.list(top.resolve("bin"))) {
                for (Path f : s.filter(f -> f.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            Files.move(top, target);
            deleteTree(tmp);
            return target;
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
