package org.yiyang.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.yiyang.shared.application.AttachmentStore;
import org.yiyang.shared.application.StoredFile;

/** How the API takes uploaded files in and serves stored ones out, for every context with attachments. */
public final class StoredFiles {

    private StoredFiles() {
    }

    /**
     * The request body, read up to one byte past the store's limit, so an oversize file is refused by the store
     * with its clear message instead of being read whole.
     */
    public static byte[] body(InputStream in) throws IOException {
        return in == null ? new byte[0] : in.readNBytes(AttachmentStore.MAX_BYTES + 1);
    }

    /** What an upload's idempotency fingerprint is made of: where it goes, its name and its content's hash. */
    public record Upload(String target, String fileName, String sha256) {

        public static Upload of(String target, String fileName, byte[] content) {
            try {
                return new Upload(target, fileName, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(content)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A stored file, privately cacheable for a while, never content-sniffed by the browser: a picture inline (shown
     * in the page), anything else (a PDF) as an attachment, downloaded rather than opened in the portal's origin.
     */
    public static Response serve(StoredFile f) {
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setMaxAge(300);
        String disposition = f.contentType().startsWith("image/") ? "inline" : "attachment";
        return Response.ok(f.bytes(), f.contentType()).cacheControl(cc)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", disposition + "; filename*=UTF-8''"
                        + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
