package org.yiyang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * The reminder sweep at county scale: 30,000 enrolled elders in 惠民县, every one of them due, overdue or
 * escalated at the moment of the run. Times the reminder job's run for the county (the same code path the
 * Quartz job takes, through the probe with the clock as a parameter) next to the same set-based INSERT … SELECT
 * statements run directly over JDBC. Figures, no pass/fail.
 */
@YiyangIT
class VisitReminderBenchmark {

    static final String COUNTY = "371621";
    static final int ELDERS = 30_000;

    static final String DUE = "DATE_ADD(GREATEST(e.enrolled_on, COALESCE(e.last_visited_on, e.enrolled_on)), "
            + "INTERVAL CASE e.tier WHEN 'RED' THEN 7 WHEN 'YELLOW' THEN 14 ELSE 30 END DAY)";

    @Test
    void remindersForThirtyThousandEnrolledElders() throws Exception {
        Figures f = new Figures("visit-reminders");
        Api admin = Api.as("hm-admin");
        Http.Reply upload = admin.postFile("/elders/imports?fileName=visits.csv", ElderRegistryBenchmark.register(ELDERS, 3),
                "text/csv", null);
        JsonObject report = upload.json();
        assertEquals("VALIDATED", report.getString("state"), upload::toString);
        JsonObject done = admin.post("/elders/imports/" + report.getJsonNumber("id") + "/commit", "").json();
        assertEquals(ELDERS, done.getInt("imported"), done::toString);
        LocalDate today = Visits.today();
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO visits_enrolment (id, county_code, elder_id, township_code, suggested_tier, tier,
                    lives_elsewhere, visitor_username, visitor_name, visitor_phone, enrolled_on, active, version,
                    created_at, created_by, updated_at, updated_by)
                SELECT NEXT VALUE FOR visits_enrolment_seq, e.county_code, e.id, e.township_code,
                    ELT(1 + e.id % 3, 'RED', 'YELLOW', 'BLUE'), ELT(1 + e.id % 3, 'RED', 'YELLOW', 'BLUE'), FALSE,
                    CONCAT('visitor-', e.id % 600), '网格员', '13905430000', ?, TRUE, 0,
                    UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6), 'bench'
                FROM elders_elder e WHERE e.county_code = ? AND e.name LIKE '批量3-%'""")) {
            ps.setObject(1, today);
            ps.setString(2, COUNTY);
            f.add("enrolled: " + ps.executeUpdate() + " elders of 惠民县, 600 visitors, tiers red/yellow/blue by thirds");
        }
        Instant at = Visits.noonIn(31); // red and yellow escalated, blue overdue: 30,000 x 2-3 reminders
        List<Double> job = new ArrayList<>();
        List<Double> sql = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            clear();
            long t0 = System.nanoTime();
            JsonObject run = Visits.remind(COUNTY, at, null);
            job.add((System.nanoTime() - t0) / 1e6);
            long made = count();
            if (round == 1) {
                f.add("reminder job run (probe → VisitReminders.run, 5 steps incl. 500 SMS): " + run + ", rows " + made);
            }
            clear();
            t0 = System.nanoTime();
            int direct = direct(at);
            sql.add((System.nanoTime() - t0) / 1e6);
            if (round == 1) {
                f.add("same INSERT IGNORE … SELECT statements over JDBC: " + direct + " rows");
            }
        }
        f.add("reminder job, whole run: " + Figures.summary(job));
        f.add("direct SQL (due, overdue, escalation): " + Figures.summary(sql));
        clear();
        long t0 = System.nanoTime();
        Visits.remind(COUNTY, at, null);
        Visits.remind(COUNTY, at, null);
        f.add(String.format("a rerun over the same moment (nothing new to create): %.0f ms for two runs",
                (System.nanoTime() - t0) / 1e6));
        f.write();
    }

    private static void clear() throws Exception {
        try (Connection c = Db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM visits_reminder WHERE county_code = '" + COUNTY + "'");
        }
    }

    private static long count() throws Exception {
        return Db.count("SELECT COUNT(*) FROM visits_reminder WHERE county_code = ?", COUNTY);
    }

    private static int direct(Instant now) throws Exception {
        LocalDate today = LocalDate.ofInstant(now, Visits.ZONE);
        String insert = "INSERT IGNORE INTO visits_reminder (county_code, reminder_key, kind, enrolment_id, due_on, "
                + "recipient, created_at) ";
        int n = 0;
        try (Connection c = Db.connect()) {
            c.setAutoCommit(true);
            n += run(c, insert + "SELECT e.county_code, CONCAT('DUE:', e.id, ':', " + DUE + "), 'DUE', e.id, " + DUE
                    + ", e.visitor_username, ? FROM visits_enrolment e WHERE e.county_code = ? AND e.active AND "
                    + DUE + " BETWEEN ? AND ?", now, today, today.plusDays(1));
            n += run(c, insert + "SELECT e.county_code, CONCAT('OVERDUE:', e.id, ':', " + DUE + "), 'OVERDUE', e.id, "
                    + DUE + ", e.visitor_username, ? FROM visits_enrolment e WHERE e.county_code = ? AND e.active AND "
                    + DUE + " < ?", now, today);
            n += run(c, insert + "SELECT e.county_code, CONCAT('ESCALATION:', e.id, ':', " + DUE + "), 'ESCALATION', "
                    + "e.id, " + DUE + ", CONCAT('township:', e.township_code), ? FROM visits_enrolment e "
                    + "WHERE e.county_code = ? AND e.active AND DATE_ADD(" + DUE + ", INTERVAL 3 DAY) < ?", now, today);
        }
        return n;
    }

    private static int run(Connection c, String sql, Instant now, Object... days) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, java.sql.Timestamp.from(now));
            ps.setString(2, COUNTY);
            for (int i = 0; i < days.length; i++) {
                ps.setObject(3 + i, days[i]);
            }
            return ps.executeUpdate();
        }
    }
}
