package org.yiyang.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.yiyang.shared.application.ErrorMessages;

/**
 * The API's request body limits: {@value #JSON_BYTES} bytes for JSON, {@value #FILE_BYTES} bytes for a file (a
 * register to import, a photo). A body announced larger is refused before it is read, a chunked body as soon as it
 * passes the limit; either way the answer is 413 with a localised problem document (the server's own cut-off,
 * {@code max-post-size}, is set above these limits, so it never answers first with a bare 400).
 */
@WebFilter(filterName = "BodyLimit", urlPatterns = "/api/*")
public class BodyLimit extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final long JSON_BYTES = 1024 * 1024;
    public static final long FILE_BYTES = 21L * 1024 * 1024;

    /** Thrown by the body's stream when it passes the limit; answered with 413. */
    public static class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    static long limitFor(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json") ? JSON_BYTES : FILE_BYTES;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(req.getContentType());
        if (req.getContentLengthLong() > limit) {
            refuse(req, res, limit);
            return;
        }
        chain.doFilter(new Limited(req, limit), res);
    }

    static void refuse(HttpServletRequest req, HttpServletResponse res, long limit) throws IOException {
        Locale locale = ErrorMessages.supported(req.getHeader("Accept-Language") == null ? null : req.getLocale());
        String detail = ErrorMessages.format("request.tooLarge", locale, limit / 1024 / 1024);
        String title = ErrorMessages.format("http.413", locale);
        res.setStatus(413);
        res.setContentType(YiyangApi.PROBLEM_JSON);
        res.setHeader("Content-Language", locale.toLanguageTag());
        res.setHeader("Connection", "close");
        res.getOutputStream().write(jakarta.json.Json.createObjectBuilder().add("type", "about:blank")
                .add("title", title).add("status", 413).add("detail", detail).add("instance", req.getRequestURI())
                .add("code", "request.tooLarge").build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The request with a body stream that stops at the limit. */
    static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest req, long limit) {
            super(req);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private int count(int n) throws IOException {
                        if (n > 0) {
                            read += n;
                            if (read > limit) {
                                throw new TooLarge(limit);
                            }
                        }
                        return n;
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return count(in.read(b, off, len));
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
