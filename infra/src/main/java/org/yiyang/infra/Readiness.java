package org.yiyang.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting by polling (never by sleeping a fixed time), and port checks. */
public final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** Polls until the condition holds; fails with the message after the timeout or when the guard fails. */
    public static void await(String what, Duration timeout, BooleanSupplier alive, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(what + ": the process exited or failed before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not ready after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted while waiting");
            }
        }
    }

    /** Whether a GET of the URL answers 200. */
    public static boolean answers200(String url) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether something listens on the local port. */
    public static boolean inUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message naming the setting to change when a port is taken. */
    public static void requireFree(int port, String what, String setting) {
        if (inUse(port)) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use. Stop whatever "
                    + "listens there, or choose another port with " + setting + ".");
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
