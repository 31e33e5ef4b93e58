package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.YiyangIT;

/** Bulk import over the API: report, all-or-nothing commit, Excel, idempotency. */
@YiyangIT
class ElderImportIT {

    static final String BC = "371602";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String csv(String prefix, String... idNumbers) {
        StringBuilder b = new StringBuilder("姓名,身份证号,乡镇（街道）,村（社区）,居住情况,经济状况\n");
        for (int i = 0; i < idNumbers.length; i++) {
            b.append(prefix).append(i).append(',').append(idNumbers[i]).append(",市中街道,新苑社区,独居,低保\n");
        }
        return b.toString();
    }

    static long count(String prefix) throws Exception {
        return Db.count("SELECT COUNT(*) FROM elders_elder WHERE name LIKE ?", prefix + "%");
    }

    @Test
    void aFileWithOneBadRowIsReportedAndNothingIsImported() throws Exception {
        String prefix = "导入坏" + System.nanoTime() % 100000;
        String bad = Ids.elder(BC).substring(0, 17) + "Z";
        Http.Reply r = Api.as("bc-admin").postFile("/elders/imports?fileName=bad.csv",
                csv(prefix, Ids.elder(BC), bad, Ids.elder(BC)).getBytes(StandardCharsets.UTF_8), CSV, null);
        assertEquals(201, r.status(), r::toString);
        JsonObject report = r.json();
        assertEquals("REJECTED", report.getString("state"));
        assertEquals(3, report.getInt("totalRows"));
        assertEquals(1, report.getInt("errorCount"));
        JsonObject error = report.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"));
        assertEquals("身份证号", error.getString("column"));
        assertEquals("身份证号前 17 位应为数字，最后一位为数字或 X。", error.getString("message"));
        Http.Reply commit = Api.as("bc-admin").post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "");
        assertEquals(409, commit.status(), "a rejected import cannot be committed");
        assertEquals(0, count(prefix), "nothing half-imported");
    }

    @Test
    void aGoodFileIsCommittedWhole() throws Exception {
        String prefix = "导入好" + System.nanoTime() % 100000;
        long figures = Db.count("SELECT elders FROM coverage_county_figures WHERE county_code = ?", BC);
        JsonObject report = Api.as("bc-staff").postFile("/elders/imports?fileName=good.csv",
                csv(prefix, Ids.elder(BC), Ids.elder(BC), Ids.elder(BC)).getBytes(StandardCharsets.UTF_8), CSV, null).json();
        assertEquals("VALIDATED", report.getString("state"), report::toString);
        assertEquals(0, count(prefix), "validation registers nobody");
        JsonObject done = Api.as("bc-staff").post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "").json();
        assertEquals("COMMITTED", done.getString("state"), done::toString);
        assertEquals(3, done.getInt("imported"));
        assertEquals(3, count(prefix));
        assertEquals(figures + 3, Db.count("SELECT elders FROM coverage_county_figures WHERE county_code = ?", BC));
        assertEquals(409, Api.as("bc-staff").post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "").status(),
                "committed once only");
        assertEquals(3, Db.count("SELECT COUNT(*) FROM elders_elder e JOIN elders_household h ON h.id = e.household_id "
                + "WHERE e.name LIKE ? AND e.living_arrangement = 'ALONE' AND e.economic_status = 'SUBSISTENCE'", prefix + "%"));
    }

    @Test
    void whatWasRegisteredMeanwhileIsFoundAtCommitAndNothingIsImported() throws Exception {
        String prefix = "导入迟" + System.nanoTime() % 100000;
        String taken = Ids.elder(BC);
        JsonObject report = Api.as("bc-admin").postFile("/elders/imports",
                csv(prefix, Ids.elder(BC), taken).getBytes(StandardCharsets.UTF_8), CSV, null).json();
        assertEquals("VALIDATED", report.getString("state"));
        Elders.register("bc-staff", "抢先登记", taken, "371602001001");
        JsonObject done = Api.as("bc-admin").post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "").json();
        assertEquals("REJECTED", done.getString("state"), done::toString);
        assertEquals("import.row.registered", done.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertEquals(0, count(prefix));
    }

    @Test
    void anExcelRegisterIsImported() throws Exception {
        String prefix = "表格" + System.nanoTime() % 100000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("名册");
        String[] header = {"姓名", "身份证号", "村（社区）代码", "户号", "自理能力", "残疾等级", "残疾类别"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        String hh = "X" + System.nanoTime() % 1000000;
        for (int r = 1; r <= 2; r++) {
            ws.value(r, 0, prefix + r);
            ws.value(r, 1, Ids.elder(BC));
            ws.value(r, 2, "371602001002");
            ws.value(r, 3, hh);
            ws.value(r, 4, "半自理");
            ws.value(r, 5, "二级");
            ws.value(r, 6, "肢体残疾");
        }
        wb.finish();
        JsonObject report = Api.as("bc-admin").postFile("/elders/imports?fileName=register.xlsx", out.toByteArray(),
                XLSX, null).json();
        assertEquals("VALIDATED", report.getString("state"), report::toString);
        Api.as("bc-admin").post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "");
        assertEquals(2, count(prefix));
        assertEquals(1, Db.count("SELECT COUNT(DISTINCT household_id) FROM elders_elder WHERE name LIKE ?", prefix + "%"),
                "the same household number, one household");
        assertEquals(2, Db.count("SELECT COUNT(*) FROM elders_elder WHERE name LIKE ? AND disability_grade = 2", prefix + "%"));
    }

    @Test
    void anUploadWithAnIdempotencyKeyIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] file = csv("幂等导入", Ids.elder(BC)).getBytes(StandardCharsets.UTF_8);
        long before = Db.count("SELECT COUNT(*) FROM elders_import");
        Http.Reply a = Api.as("bc-admin").postFile("/elders/imports", file, CSV, key);
        Http.Reply b = Api.as("bc-admin").postFile("/elders/imports", file, CSV, key);
        assertEquals(a.json().getJsonNumber("id"), b.json().getJsonNumber("id"));
        assertEquals("true", b.header("Idempotent-Replayed"));
        assertEquals(before + 1, Db.count("SELECT COUNT(*) FROM elders_import"));
        Http.Reply other = Api.as("bc-admin").postFile("/elders/imports", csv("别的", Ids.elder(BC))
                .getBytes(StandardCharsets.UTF_8), CSV, key);
        assertEquals(422, other.status());
    }

    @Test
    void unreadableFilesAndWrongRolesAreRefused() throws IOException {
        Http.Reply binary = Api.as("bc-admin").postFile("/elders/imports", new byte[] {0, 1, 2, 3, 0}, CSV, null);
        assertEquals(400, binary.status());
        assertEquals("import.file.type", binary.json().getString("code"));
        assertEquals(403, Api.as("bc-township").postFile("/elders/imports", csv("x", Ids.elder(BC))
                .getBytes(StandardCharsets.UTF_8), CSV, null).status());
        assertEquals(200, Api.as("bc-admin").download("/elders/imports/template.xlsx").statusCode());
        assertTrue(new String(Api.as("bc-admin").download("/elders/imports/template.csv").body(), StandardCharsets.UTF_8)
                .contains("身份证号"));
    }

    /** Every valid resident ID number in a text: 18 characters with a right check character. */
    static java.util.List<String> validIdNumbers(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{17}[\\dX]").matcher(text);
        while (m.find()) {
            if (Ids.check(m.group().substring(0, 17)) == m.group().charAt(17)) {
                found.add(m.group());
            }
        }
        return found;
    }

    static String storedFiles() throws Exception {
        StringBuilder all = new StringBuilder();
        for (Object content : Db.column("SELECT content FROM elders_import_file")) {
            all.append(new String((byte[]) content, java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
        }
        return all.toString();
    }

    static JsonObject purge(String at) {
        Http.Reply r = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(
                org.yiyang.it.support.TestEnvironment.current().appUrl() + "/it-probe/imports/purge?county=" + BC
                        + "&at=" + at)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    @Test
    void theUploadedFileIsKeptEncryptedOnlyUntilItIsCommittedAndARejectedOneIsNotKept() throws Exception {
        String prefix = "导入加密" + System.nanoTime() % 100000;
        String one = Ids.elder(BC);
        String two = Ids.elder(BC);
        JsonObject report = Api.as("bc-staff").postFile("/elders/imports?fileName=keep.csv",
                csv(prefix, one, two).getBytes(StandardCharsets.UTF_8), CSV, null).json();
        assertEquals("VALIDATED", report.getString("state"), report::toString);
        long id = report.getJsonNumber("id").longValue();
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_import_file WHERE import_id = ?", id), "kept to commit");
        String stored = storedFiles();
        assertEquals(java.util.List.of(), validIdNumbers(stored), "no file at rest holds a readable ID number");
        assertFalse(stored.contains(prefix), "nor a name");

        JsonObject done = Api.as("bc-staff").post("/elders/imports/" + id + "/commit", "").json();
        assertEquals("COMMITTED", done.getString("state"), done::toString);
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_import_file WHERE import_id = ?", id),
                "deleted when it is committed");

        JsonObject rejected = Api.as("bc-staff").postFile("/elders/imports?fileName=bad.csv",
                csv(prefix + "坏", Ids.elder(BC).substring(0, 17) + "Z").getBytes(StandardCharsets.UTF_8), CSV, null).json();
        assertEquals("REJECTED", rejected.getString("state"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_import_file WHERE import_id = ?",
                rejected.getJsonNumber("id").longValue()), "a rejected file is never kept");
    }

    @Test
    void anImportNobodyCommitsIsAbandonedAfterTheCountysRetentionDaysAndItsFileDeleted() throws Exception {
        String prefix = "导入过期" + System.nanoTime() % 100000;
        long old = Api.as("bc-staff").postFile("/elders/imports?fileName=old.csv",
                csv(prefix, Ids.elder(BC)).getBytes(StandardCharsets.UTF_8), CSV, null).json().getJsonNumber("id").longValue();
        long recent = Api.as("bc-staff").postFile("/elders/imports?fileName=recent.csv",
                csv(prefix + "新", Ids.elder(BC)).getBytes(StandardCharsets.UTF_8), CSV, null).json().getJsonNumber("id")
                .longValue();
        java.time.Instant now = org.yiyang.it.support.ServerClock.instant();
        // 滨城区 keeps the national default of 7 days
        Db.update("UPDATE elders_import SET created_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(8))), old);
        Db.update("UPDATE elders_import SET created_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(6))), recent);
        assertTrue(purge(now.toString()).getInt("abandoned") >= 1);
        assertEquals("ABANDONED", Db.single("SELECT state FROM elders_import WHERE id = ?", old));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM elders_import_file WHERE import_id = ?", old));
        assertEquals("VALIDATED", Db.single("SELECT state FROM elders_import WHERE id = ?", recent), "6 days: kept");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM elders_import_file WHERE import_id = ?", recent));
        assertEquals(409, Api.as("bc-staff").post("/elders/imports/" + old + "/commit", "").status(),
                "an abandoned import cannot be committed");
    }
}
