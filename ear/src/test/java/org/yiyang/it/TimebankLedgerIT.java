package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.Timebank;
import org.yiyang.it.support.Xlsx;
import org.yiyang.it.support.YiyangIT;

/**
 * The time bank's ledger cannot lie: 50 concurrent redemptions against one balance (released by a latch, three
 * rounds) succeed exactly as often as the balance affords and never take it below zero, and afterwards every
 * transaction of the whole ledger sums to zero; the database refuses UPDATE and DELETE of ledger rows for the
 * application's own user; verified hours earn once and their reversal reverses once; a mistake is a reversal;
 * statements as JSON and Excel; expiry as of a given moment (in the test-only county 沾化区).
 */
@YiyangIT
class TimebankLedgerIT {

    static final String BC = Counties.BC.code();
    static final String ZH = Counties.ZH.code();
    static final int CLIENTS = 50;

    static String redeem(long volunteer, long minutes, String reference) {
        return Elders.json("ownerKind", "VOLUNTEER", "ownerId", volunteer, "minutes", minutes, "reference", reference);
    }

    @Test
    void fiftyConcurrentRedemptionsNeverTakeABalanceBelowZeroAndTheLedgerBalances() throws Exception {
        Api.as("bc-staff").get("/timebank/accounts?ownerKind=POOL");   // a token before the race
        for (int round = 1; round <= 3; round++) {
            long volunteer = Timebank.owner();
            int affordable = 7 + round;
            Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 60L * affordable + 60);
            Http.Reply first = Api.as("bc-staff").post("/timebank/redemptions", redeem(volunteer, 60, "预热"));
            assertEquals(201, first.status(), first::toString);
            String body = redeem(volunteer, 60, "上门服务 round " + round);
            List<Http.Reply> replies = Timebank.race(CLIENTS, () -> Api.as("bc-staff").post("/timebank/redemptions",
                    body));
            long won = replies.stream().filter(r -> r.status() == 201).count();
            assertEquals(affordable, won, () -> "exactly the affordable redemptions: " + replies);
            for (Http.Reply r : replies) {
                assertTrue(r.status() == 201 || r.status() == 409, r::toString);
                if (r.status() == 409) {
                    assertEquals("application/problem+json", r.header("Content-Type"));
                    assertTrue(r.json().getString("detail").contains("余额不足"), r::toString);
                }
            }
            assertEquals(0, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
            assertEquals(affordable + 1, Db.count("SELECT COUNT(*) FROM timebank_entry e JOIN timebank_account a "
                    + "ON a.id = e.account_id WHERE a.county_code = ? AND a.owner_kind = 'VOLUNTEER' "
                    + "AND a.owner_id = ? AND e.amount = -60", BC, volunteer));
        }
        Timebank.assertLedgerBalances();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveLedgerRows() throws Exception {
        long volunteer = Timebank.owner();
        long tx = Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 120).getJsonNumber("id").longValue();
        for (String sql : List.of("UPDATE timebank_entry SET amount = amount * 2 WHERE transaction_id = ?",
                "DELETE FROM timebank_entry WHERE transaction_id = ?",
                "UPDATE timebank_transaction SET reason = '改掉' WHERE id = ?",
                "DELETE FROM timebank_transaction WHERE id = ?")) {
            SQLException e = assertThrows(SQLException.class, () -> Db.update(sql, tx), sql);
            assertEquals("45000", e.getSQLState(), sql);
        }
        assertEquals(2, Db.count("SELECT COUNT(*) FROM timebank_entry WHERE transaction_id = ?", tx));
        assertEquals(120, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
    }

    @Test
    void verifiedHoursEarnOnceAndTheirReversalReversesOnce() throws Exception {
        long volunteer = Timebank.owner();
        long entry = Timebank.owner();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Timebank.earn(BC, entry, volunteer, 90, at);
        Timebank.earn(BC, entry, volunteer, 90, at);
        assertEquals(90, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"), "a repeated event earns once");
        JsonObject account = Timebank.account(BC, "VOLUNTEER", volunteer, "HOURS");
        long id = account.getJsonNumber("id").longValue();
        Timebank.reverseHours(BC, entry, volunteer, 90);
        Timebank.reverseHours(BC, entry, volunteer, 90);
        assertEquals(0, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));

        Http.Reply s = Api.as("bc-staff").get("/timebank/accounts/" + id + "/statement");
        assertEquals(200, s.status(), s::toString);
        List<JsonObject> lines = s.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, lines.size(), s::toString);
        assertEquals("EARN", lines.get(0).getString("kind"));
        assertEquals(90, lines.get(0).getInt("amount"));
        assertEquals(90, lines.get(0).getInt("balanceAfter"));
        assertEquals("hours:" + entry, lines.get(0).getString("reference"));
        assertEquals("REVERSAL", lines.get(1).getString("kind"));
        assertEquals(-90, lines.get(1).getInt("amount"));
        assertEquals(0, lines.get(1).getInt("balanceAfter"));
        assertEquals(lines.get(0).getJsonNumber("transactionId").longValue(),
                lines.get(1).getJsonNumber("reversesId").longValue());
        Timebank.assertLedgerBalances();
    }

    @Test
    void aMistakeIsReversedOnceByTheAdministratorWithAReason() throws Exception {
        long volunteer = Timebank.owner();
        Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 300);
        Http.Reply redeemed = Api.as("bc-assistant").post("/timebank/redemptions", redeem(volunteer, 120, "订单 42"));
        assertEquals(201, redeemed.status(), redeemed::toString);
        long tx = redeemed.json().getJsonNumber("id").longValue();
        assertEquals(180, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));

        Http.Reply byStaff = Api.as("bc-staff").post("/timebank/transactions/" + tx + "/reversal",
                Elders.json("reason", "订单取消"));
        assertEquals(403, byStaff.status(), byStaff::toString);
        Http.Reply noReason = Api.as("bc-admin").post("/timebank/transactions/" + tx + "/reversal", "{}");
        assertEquals(400, noReason.status(), noReason::toString);
        Http.Reply reversed = Api.as("bc-admin").post("/timebank/transactions/" + tx + "/reversal",
                Elders.json("reason", "订单取消"));
        assertEquals(201, reversed.status(), reversed::toString);
        assertEquals(tx, reversed.json().getJsonNumber("reversesId").longValue());
        assertEquals(300, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
        Http.Reply again = Api.as("bc-admin").post("/timebank/transactions/" + tx + "/reversal",
                Elders.json("reason", "再来一次"));
        assertEquals(409, again.status(), again::toString);
        assertEquals(reversed.json().getJsonNumber("id").longValue(),
                Api.as("bc-staff").get("/timebank/transactions/" + tx).json().getJsonNumber("reversedBy").longValue());

        Http.Reply adjustByStaff = Api.as("bc-staff").post("/timebank/adjustments", Elders.json("ownerKind",
                "VOLUNTEER", "ownerId", volunteer, "unit", "HOURS", "amount", 60, "reason", "补录"));
        assertEquals(403, adjustByStaff.status(), adjustByStaff::toString);
        Http.Reply belowZero = Api.as("bc-admin").post("/timebank/adjustments", Elders.json("ownerKind",
                "VOLUNTEER", "ownerId", volunteer, "unit", "HOURS", "amount", -301, "reason", "多记"));
        assertEquals(409, belowZero.status(), belowZero::toString);
        Http.Reply mixed = Api.as("bc-staff").post("/timebank/transfers", Elders.json("fromKind", "VOLUNTEER",
                "fromId", volunteer, "toKind", "FAMILY", "toId", volunteer, "unit", "POINTS", "amount", 10));
        assertEquals(409, mixed.status(), "hours are no points: " + mixed);
        Http.Reply donated = Api.as("bc-staff").post("/timebank/donations", Elders.json("ownerKind", "VOLUNTEER",
                "ownerId", volunteer, "unit", "HOURS", "amount", 30));
        assertEquals(201, donated.status(), donated::toString);
        assertEquals(270, Timebank.balance(BC, "VOLUNTEER", volunteer, "HOURS"));
        Timebank.assertLedgerBalances();
    }

    @Test
    void statementsAsJsonAndExcel() throws Exception {
        long volunteer = Timebank.owner();
        Timebank.adjust(BC, "VOLUNTEER", volunteer, "HOURS", 240);
        Api.as("bc-staff").post("/timebank/redemptions", redeem(volunteer, 60, "助浴服务"));
        long id = Timebank.account(BC, "VOLUNTEER", volunteer, "HOURS").getJsonNumber("id").longValue();
        JsonObject s = Api.as("bc-staff").get("/timebank/accounts/" + id + "/statement").json();
        assertEquals(180, s.getJsonObject("account").getInt("balance"));
        List<JsonObject> lines = s.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(240, 180), lines.stream().map(l -> l.getInt("balanceAfter")).toList());
        assertEquals(List.of("ADJUSTMENT", "REDEEM"), lines.stream().map(l -> l.getString("kind")).toList());

        var xlsx = Api.as("bc-staff").download("/timebank/accounts/" + id + "/statement.xlsx");
        assertEquals(200, xlsx.statusCode(), () -> new String(xlsx.body(), StandardCharsets.UTF_8));
        String text = Xlsx.text(xlsx.body());
        assertTrue(text.contains("时间银行账户对账单"), text);
        assertTrue(text.contains("兑换") && text.contains("助浴服务"), text);
        assertTrue(Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE action = 'TIMEBANK_STATEMENT_EXPORTED' "
                + "AND subject_id = ?", String.valueOf(id)) >= 1);
    }

    @Test
    void hoursEarnedBeforeTheCutoffExpireFirstInFirstOutOnce() throws Exception {
        LocalDate today = ServerClock.today();
        Http.Reply policy = Api.as(Counties.ZH.admin()).post("/policies/timebank.hoursExpireAfterMonths",
                Elders.json("value", "12", "effectiveFrom", today.toString(), "reason", "县局规定存储时长一年有效"));
        assertTrue(policy.status() == 201 || policy.status() == 409, policy::toString);
        long volunteer = Timebank.owner();
        Instant now = Instant.now();
        Timebank.earn(ZH, Timebank.owner(), volunteer, 120, now.minus(800, ChronoUnit.DAYS));
        Timebank.earn(ZH, Timebank.owner(), volunteer, 60, now.minus(400, ChronoUnit.DAYS));
        Timebank.earn(ZH, Timebank.owner(), volunteer, 30, now.minus(10, ChronoUnit.DAYS));
        Http.Reply spent = Api.as(Counties.ZH.staff()).post("/timebank/redemptions", redeem(volunteer, 150, "理发"));
        assertEquals(201, spent.status(), spent::toString);
        // 180 earned over a year ago, 150 of them spent: 30 expire, the recent 30 stay
        Timebank.probe("/timebank/expiry?county=" + ZH + "&at=" + now);
        assertEquals(30, Timebank.balance(ZH, "VOLUNTEER", volunteer, "HOURS"));
        Timebank.probe("/timebank/expiry?county=" + ZH + "&at=" + now);
        assertEquals(30, Timebank.balance(ZH, "VOLUNTEER", volunteer, "HOURS"), "a rerun expires nothing more");
        JsonObject account = Timebank.account(ZH, "VOLUNTEER", volunteer, "HOURS");
        assertNotNull(account);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM timebank_entry e JOIN timebank_transaction t "
                + "ON t.id = e.transaction_id WHERE e.account_id = ? AND t.kind = 'EXPIRY' AND e.amount = -30",
                account.getJsonNumber("id").longValue()));
        Timebank.assertLedgerBalances();
    }
}
