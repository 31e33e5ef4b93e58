package org.yiyang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.YiyangIT;

/**
 * The registry at scale, through the real server: imports of 50,000 rows (upload and validation, then the
 * commit), then the elder list with 100,000 elders in one county (API pages and filters, and the portal's
 * list page). Reports figures; the assertions only check that the work was really done.
 */
@YiyangIT
class ElderRegistryBenchmark {

    static final String COUNTY = "371621";
    static final String[] VILLAGES = {"好美居社区", "幸福社区", "朱老虎联村", "刘集联村", "何坊联村", "徐家联村", "龙兴社区",
            "淄角村", "大魏新村"};

    /** A register of n valid, distinct people born in the county (distinct from every other batch by seed). */
    static byte[] register(int n, int batch) {
        StringBuilder b = new StringBuilder("姓名,身份证号,村（社区）,居住情况,自理能力,经济状况\n");
        Random r = new Random(batch);
        LocalDate start = LocalDate.of(1936, 1, 1);
        for (int i = 0; i < n; i++) {
            int k = batch * 1_000_000 + i;
            LocalDate birth = start.plusDays(k % 10950);
            int seq = 100 + (k / 10950) % 899;
            String f17 = COUNTY + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), seq);
            b.append("批量").append(batch).append('-').append(i).append(',').append(f17).append(Ids.check(f17))
                    .append(',').append(VILLAGES[r.nextInt(VILLAGES.length)]).append(',')
                    .append(r.nextInt(4) == 0 ? "独居" : "与子女同住").append(',')
                    .append(r.nextInt(10) == 0 ? "半自理" : "完全自理").append(',')
                    .append(r.nextInt(12) == 0 ? "低保" : "无").append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static double millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static List<Double> repeat(int n, Runnable r) {
        r.run();
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(millis(r));
        }
        return d;
    }

    @Test
    void importsAndListsAtCountyScale() throws Exception {
        Figures f = new Figures("elder-registry");
        Api admin = Api.as("hm-admin");
        for (int batch = 1; batch <= 2; batch++) {
            byte[] file = register(50_000, batch);
            long t0 = System.nanoTime();
            Http.Reply upload = admin.postFile("/elders/imports?fileName=bench" + batch + ".csv", file, "text/csv", null);
            double uploadMs = (System.nanoTime() - t0) / 1e6;
            JsonObject report = upload.json();
            assertEquals("VALIDATED", report.getString("state"), upload::toString);
            t0 = System.nanoTime();
            JsonObject done = admin.post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "").json();
            double commitMs = (System.nanoTime() - t0) / 1e6;
            assertEquals(50_000, done.getInt("imported"), done::toString);
            f.add(String.format("import %d of 50,000 rows (CSV %.1f MB): upload+validation %.1f s, commit %.1f s, "
                    + "total %.1f s", batch, file.length / 1e6, uploadMs / 1000, commitMs / 1000,
                    (uploadMs + commitMs) / 1000));
        }
        long elders = Db.count("SELECT COUNT(*) FROM elders_elder WHERE county_code = ?", COUNTY);
        f.add("elders in 惠民县 now: " + elders);

        Supplier<Runnable> first = () -> () -> admin.get("/elders?first=0&max=20");
        f.add("API list, first page of 20 (count + page): " + Figures.summary(repeat(20, first.get())));
        f.add("API list, last page (first=" + (elders - 20) + "): " + Figures.summary(repeat(10,
                () -> admin.get("/elders?first=" + (elders - 20) + "&max=20"))));
        f.add("API list, special hardship filter: " + Figures.summary(repeat(20,
                () -> admin.get("/elders?category=SPECIAL_HARDSHIP&max=20"))));
        f.add("API list, one village: " + Figures.summary(repeat(20,
                () -> admin.get("/elders?village=371621001025&max=20"))));
        f.add("API list, name prefix: " + Figures.summary(repeat(20,
                () -> admin.get("/elders?name=" + Http.enc("批量2-4999") + "&max=20"))));
        f.add("API list, last four of the ID number: " + Figures.summary(repeat(20,
                () -> admin.get("/elders?idNumber=1234&max=20"))));
        PortalSession portal = PortalSession.login("hm-admin");
        f.add("portal list page (elders/list.xhtml, first page rendered): " + Figures.summary(repeat(20,
                () -> assertEquals(200, portal.get("/elders/list.xhtml").status()))));
        f.write();
    }
}
