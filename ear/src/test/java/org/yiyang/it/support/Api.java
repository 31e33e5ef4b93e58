package org.yiyang.it.support;

import java.net.http.HttpRequest;
import java.time.Duration;

/** The REST API at {@code /api/v1} as one demo user. */
public final class Api {

    private final String user;
    private String language = "zh-CN";

    private Api(String user) {
        this.user = user;
    }

    public static Api as(String username) {
        Orders.ensureProviderOf(username);
        return new Api(username);
    }

    public Api inLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public Http.Reply get(String path) {
        return Http.send(request(path).GET().build());
    }

    public Http.Reply post(String path, String json) {
        return post(path, json, null);
    }

    public Http.Reply post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return Http.send(b.build());
    }

    public Http.Reply put(String path, String json) {
        return Http.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a file body (an import) with its content type. */
    public Http.Reply postFile(String path, byte[] content, String contentType, String idempotencyKey) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return Http.send(b.build());
    }

    /** A binary download (an export): status and bytes. */
    public java.net.http.HttpResponse<byte[]> download(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request(path).setHeader("Accept", "*/*").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(Http.uri(TestEnvironment.current().appUrl() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of(user))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
    }
}
