package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * What every response tells the browser (no framing, no referrer to other sites, no caching of personal data, no
 * sniffing) and how stored files are served: pictures inline, documents as downloads, and a visit takes photos only.
 */
@YiyangIT
class WebHardeningIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static void assertSecurityHeaders(Http.Reply r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndAreNeverCached() {
        PortalSession s = PortalSession.login("bc-staff");
        Http.Reply page = s.get("/elders/list.xhtml");
        assertEquals(200, page.status());
        assertSecurityHeaders(page, "page");
        assertEquals("no-store", page.header("Cache-Control"), "a page lists personal data");

        long elder = Elders.register("bc-admin", "安全头", Ids.elder(Orders.BC), Orders.BC_VILLAGE);
        Http.Reply api = Api.as("bc-staff").get("/elders/" + elder);
        assertEquals(200, api.status());
        assertSecurityHeaders(api, "API");
        assertEquals("no-store", api.header("Cache-Control"));
        Http.Reply problem = Api.as("bc-staff").get("/elders/987654321");
        assertEquals(404, problem.status());
        assertSecurityHeaders(problem, "problem");

        Http.Reply css = s.get("/jakarta.faces.resource/css/yiyang.css.xhtml");
        assertEquals(200, css.status());
        assertNotEquals("no-store", css.header("Cache-Control"), "the portal's own style sheet may be cached");
        assertFalse(page.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
    }

    @Test
    void picturesAreShownInlineAndDocumentsAreDownloaded() throws Exception {
        long plan = Plans.approved(Orders.BC, Orders.elder(Orders.BC, "附件下载", false));
        Http.Reply png = Plans.upload("bc-provider-admin", plan, "BEFORE", "门前.png", Plans.png(40, 30), "image/png");
        assertEquals(201, png.status(), png::toString);
        Http.Reply pdf = Plans.upload("bc-provider-admin", plan, "BEFORE", "报价单.pdf", PDF, "application/pdf");
        assertEquals(201, pdf.status(), pdf::toString);

        HttpResponse<byte[]> picture = Api.as("bc-admin").download("/renovations/" + plan + "/photos/"
                + attachmentId(png));
        assertEquals(200, picture.statusCode());
        assertTrue(picture.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        HttpResponse<byte[]> document = Api.as("bc-admin").download("/renovations/" + plan + "/photos/" + attachmentId(pdf));
        assertEquals(200, document.statusCode());
        assertEquals("application/pdf", document.headers().firstValue("Content-Type").orElse(""));
        assertTrue(document.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                "a PDF is downloaded, never opened in the portal's origin");
        assertEquals("nosniff", document.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    private static long attachmentId(Http.Reply uploaded) {
        return uploaded.json().getJsonNumber("id").longValue();
    }

    @Test
    void aVisitTakesPhotosOnlyNotDocuments() throws Exception {
        long enrolment = Visits.enrol(Orders.BC, Visits.elder(Orders.BC, "探访附件", "PARTIAL")).getJsonNumber("id")
                .longValue();
        long visit = Api.as("bc-assistant").post("/visits/enrolments/" + enrolment + "/visits",
                Elders.json("kind", "HOME")).json().getJsonNumber("id").longValue();
        String photos = "/visits/enrolments/" + enrolment + "/visits/" + visit + "/photos";
        Http.Reply refused = Api.as("bc-assistant").postFile(photos + "?fileName=a.pdf", PDF, "application/pdf", null);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("attachment.imageOnly", refused.json().getString("code"));
        assertEquals(0, Api.as("bc-assistant").get(photos).jsonStructure().asJsonArray().size(), "nothing stored");
        assertEquals(201, Api.as("bc-assistant").postFile(photos + "?fileName=a.png", Plans.png(40, 40), "image/png",
                null).status(), "a photo is taken");
    }

    static Http.Reply postBody(String user, String path, String contentType, byte[] body, boolean chunked, String lang) {
        java.net.http.HttpRequest.BodyPublisher publisher = chunked
                ? java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body);
        return Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(
                        org.yiyang.it.support.TestEnvironment.current().appUrl() + "/api/v1" + path))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + org.yiyang.it.support.Tokens.of(user))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .header("Accept-Language", lang).POST(publisher).build());
    }

    static byte[] json(int bytes) {
        StringBuilder b = new StringBuilder("{\"notes\":\"");
        b.append("备".repeat(bytes / 3));
        return b.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitGetsA413ProblemInTheCallersLanguageAnnouncedOrChunked() {
        for (boolean chunked : new boolean[] {false, true}) {
            Http.Reply zh = postBody("bc-staff", "/orders", "application/json", json(2 * 1024 * 1024), chunked, "zh-CN");
            assertEquals(413, zh.status(), (chunked ? "chunked: " : "announced: ") + zh);
            assertTrue(zh.header("Content-Type").startsWith("application/problem+json"), zh.header("Content-Type"));
            assertEquals("request.tooLarge", zh.json().getString("code"));
            assertTrue(zh.json().getString("detail").contains("1 MB") && zh.json().getString("detail").matches(".*[\\u4e00-\\u9fff].*"),
                    zh::toString);
        }
        Http.Reply en = postBody("bc-staff", "/orders", "application/json", json(2 * 1024 * 1024), false, "en");
        assertEquals(413, en.status());
        assertTrue(en.json().getString("detail").startsWith("The request body is too large"), en::toString);
        assertEquals(400, postBody("bc-staff", "/orders", "application/json", json(1000), false, "zh-CN").status(),
                "a small body is read as usual (and refused for what it says)");
    }

    @Test
    void anImportIsRefusedForTheRoleBeforeItsBodyIsReadAndForItsSizeWithA413() {
        byte[] file = new byte[22 * 1024 * 1024];
        java.util.Arrays.fill(file, (byte) 'a');
        Http.Reply volunteer = postBody("bc-volunteer", "/elders/imports?fileName=a.csv", "text/csv",
                "姓名\n张三\n".getBytes(StandardCharsets.UTF_8), false, "zh-CN");
        assertEquals(403, volunteer.status(), volunteer::toString);
        Http.Reply big = postBody("bc-staff", "/elders/imports?fileName=a.csv", "text/csv", file, false, "zh-CN");
        assertEquals(413, big.status(), big::toString);
        assertEquals("request.tooLarge", big.json().getString("code"));
    }
}
