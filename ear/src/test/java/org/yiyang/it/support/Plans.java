package org.yiyang.it.support;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renovation plans for the renovation tests: applied for by the county's grid worker, assessed by the desk,
 * approved by the administrator with the county's test provider (which does renovation in the first
 * township) as contractor, built by the provider, accepted by the township, settled.
 */
public final class Plans {

    private Plans() {
    }

    private static String p(String county) {
        return Counties.of(county).prefix();
    }

    /** Applies (as the county's village assistant) for an elder's household; returns the plan id. */
    public static long apply(String county, long elderId) {
        Http.Reply r = Api.as(p(county) + "-assistant").post("/renovations", Elders.json("elderId", elderId,
                "applicantKind", "FAMILY", "applicantName", "张小红", "applicantPhone", "13905431234",
                "notes", "老人如厕起身困难。"));
        if (r.status() != 201) {
            throw new AssertionError("application refused: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }

    /** An assessment body: pairs of item code and quantity. */
    public static String items(Object... codesAndQuantities) {
        StringBuilder b = new StringBuilder("{\"items\":[");
        for (int i = 0; i < codesAndQuantities.length; i += 2) {
            b.append(i == 0 ? "" : ",").append("{\"code\":\"").append(codesAndQuantities[i]).append("\",\"quantity\":")
                    .append(codesAndQuantities[i + 1]).append('}');
        }
        return b.append("],\"notes\":\"入户评估：地面湿滑。\"}").toString();
    }

    /** Takes a step ({@code assess}, {@code approve}, …) and returns the reply. */
    public static Http.Reply step(String user, long plan, String step, String json) {
        return Api.as(user).post("/renovations/" + plan + "/" + step, json == null ? "{}" : json);
    }

    /** Takes a step that must succeed and returns the plan after it. */
    public static JsonObject done(String user, long plan, String step, String json) {
        Http.Reply r = step(user, plan, step, json);
        if (r.status() != 200) {
            throw new AssertionError(step + " refused: " + r);
        }
        return r.json();
    }

    /** Uploads a photo; returns the reply. */
    public static Http.Reply upload(String user, long plan, String purpose, String fileName, byte[] content,
                                    String contentType) {
        return Api.as(user).postFile("/renovations/" + plan + "/photos?purpose=" + purpose + "&fileName="
                + Http.enc(fileName), content, contentType, null);
    }

    /** A real PNG picture of the given size. */
    public static byte[] png(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x33, 0x77, 0x66));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A plan of the county taken to APPROVED (items B01 x2 = 360 yuan unless given). */
    public static long approved(String county, long elderId) {
        String p = p(county);
        long plan = apply(county, elderId);
        done(p + "-staff", plan, "assess", items("B01", 2));
        done(p + "-admin", plan, "approve", Elders.json("contractorId", Orders.provider(county).id()));
        return plan;
    }

    /** A plan of the county taken to COMPLETED by its contractor, with before and after photos. */
    public static long completed(String county, long elderId) {
        String p = p(county);
        long plan = approved(county, elderId);
        expect(201, upload(p + "-provider-admin", plan, "BEFORE", "before.png", png(64, 48), "image/png"));
        done(p + "-provider-staff", plan, "start", null);
        expect(201, upload(p + "-provider-staff", plan, "AFTER", "after.png", png(64, 48), "image/png"));
        done(p + "-provider-admin", plan, "complete", Elders.json("notes", "已安装完毕。"));
        return plan;
    }

    public static void expect(int status, Http.Reply r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ": " + r);
        }
    }
}
