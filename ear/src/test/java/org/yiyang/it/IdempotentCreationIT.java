package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * Every creating POST takes an {@code Idempotency-Key} with the semantics of orders: the first request creates, a
 * replay (same caller, key and body) answers the same with {@code Idempotent-Replayed: true} and creates nothing.
 */
@YiyangIT
class IdempotentCreationIT {

    /** Sends the request twice with one key; checks the replay and that {@code count} grew by one. */
    static void createdOnce(Callable<Http.Reply> send, Callable<Long> count) throws Exception {
        long before = count.call();
        Http.Reply first = send.call();
        assertEquals(201, first.status(), first::toString);
        assertNull(first.header("Idempotent-Replayed"));
        Http.Reply replay = send.call();
        assertEquals(201, replay.status(), replay::toString);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.body(), replay.body(), "the same answer");
        assertEquals(before + 1, count.call(), "created once");
    }

    static String key() {
        return "it-" + System.nanoTime();
    }

    @Test
    void providersAndTheirStaff() throws Exception {
        String k = key();
        String code = "371602-I" + (System.nanoTime() % 1000);
        String body = "{\"code\":\"" + code + "\",\"name\":\"幂等服务商" + code + "\",\"kind\":\"COMPANY\","
                + "\"works\":[\"HOME_SERVICES\"],\"area\":[\"" + Orders.BC_TOWNSHIP + "\"]}";
        createdOnce(() -> Api.as("bc-admin").post("/providers", body, k),
                () -> Db.count("SELECT COUNT(*) FROM providers_provider WHERE code = ?", code));
        // staff are added to 沾化区's provider, whose staff no test counts
        long provider = Orders.provider(Orders.ZH).id();
        String staff = Elders.json("name", "幂等员工" + k, "qualifications", "养老护理员");
        String k2 = key();
        createdOnce(() -> Api.as("zh-provider-admin").post("/providers/" + provider + "/staff", staff, k2),
                () -> Db.count("SELECT COUNT(*) FROM providers_staff WHERE provider_id = ?", provider));
    }

    @Test
    void settlementsPolicyAndPriceChanges() throws Exception {
        Counties.County zh = Counties.of(Counties.ZH.code());
        String code = "371603-S" + (System.nanoTime() % 1000);
        long provider = Api.as(zh.admin()).post("/providers", "{\"code\":\"" + code + "\",\"name\":\"幂等结算" + code
                + "\",\"kind\":\"COMPANY\",\"works\":[\"HOME_SERVICES\"],\"area\":[\"" + zh.township() + "\"]}")
                .json().getJsonNumber("id").longValue();
        String month = ServerClock.month().minusMonths(1).toString();
        String k = key();
        createdOnce(() -> Api.as(zh.admin()).post("/settlements", Elders.json("providerId", provider, "month", month), k),
                () -> Db.count("SELECT COUNT(*) FROM orders_settlement WHERE provider_id = ?", provider));
        String k2 = key();
        String policy = Elders.json("value", "6", "effectiveFrom", ServerClock.today().plusDays(40).toString(),
                "reason", "幂等调整");
        createdOnce(() -> Api.as(zh.admin()).post("/policies/visits.frequencyDays.blue", policy, k2),
                () -> Db.count("SELECT COUNT(*) FROM shared_policy_setting WHERE county_code = '371603' "
                        + "AND setting_key = 'visits.frequencyDays.blue'"));
        String k3 = key();
        String price = "{\"unitPrice\":33.00,\"durationMinutes\":60,\"effectiveFrom\":\""
                + ServerClock.today().plusDays(40) + "\",\"reason\":\"幂等调价\"}";
        createdOnce(() -> Api.as(zh.admin()).post("/services/SHOPPING", price, k3),
                () -> Db.count("SELECT COUNT(*) FROM orders_service_price WHERE county_code = '371603' "
                        + "AND service = 'SHOPPING'"));
    }

    @Test
    void weatherAlertsAndFollowUps() throws Exception {
        Counties.County zh = Counties.of(Counties.ZH.code());
        long enrolment = Visits.enrol(Orders.ZH, Visits.elder(Orders.ZH, "幂等跟进", "PARTIAL")).getJsonNumber("id")
                .longValue();
        String k = key();
        String alert = "{\"kind\":\"HEAT\",\"townships\":[\"" + zh.township() + "\"],\"endsAt\":\""
                + Instant.now().plusSeconds(86400) + "\"}";
        createdOnce(() -> Api.as(zh.admin()).post("/visits/alerts", alert, k),
                () -> Db.count("SELECT COUNT(*) FROM visits_alert WHERE county_code = '371603'"));
        long visit = Api.as(zh.user("assistant")).post("/visits/enrolments/" + enrolment + "/visits",
                Elders.json("kind", "PHONE")).json().getJsonNumber("id").longValue();
        String k2 = key();
        String referral = Elders.json("kind", "REFERRAL", "referredTo", "镇卫生院");
        createdOnce(() -> Api.as(zh.user("assistant")).post("/visits/enrolments/" + enrolment + "/visits/" + visit
                        + "/followups", referral, k2),
                () -> Db.count("SELECT COUNT(*) FROM visits_followup WHERE visit_id = ?", visit));
    }

    @Test
    void enrolmentsVillagesAndPhotoUploads() throws Exception {
        long elder = Visits.elder(Orders.BC, "幂等入册", "PARTIAL");
        String k = key();
        String enrol = Elders.json("elderId", elder, "visitorUsername", "bc-assistant", "visitorName", "刘网格");
        createdOnce(() -> Api.as("bc-staff").post("/visits/enrolments", enrol, k),
                () -> Db.count("SELECT COUNT(*) FROM visits_enrolment WHERE elder_id = ?", elder));
        long enrolment = (Long) Db.single("SELECT id FROM visits_enrolment WHERE elder_id = ?", elder);
        long visit = Api.as("bc-assistant").post("/visits/enrolments/" + enrolment + "/visits",
                Elders.json("kind", "HOME")).json().getJsonNumber("id").longValue();
        byte[] photo = org.yiyang.it.support.Plans.png(30, 20);
        String k2 = key();
        createdOnce(() -> Api.as("bc-assistant").postFile("/visits/enrolments/" + enrolment + "/visits/" + visit
                        + "/photos?fileName=a.png", photo, "image/png", k2),
                () -> Db.count("SELECT COUNT(*) FROM shared_attachment WHERE owner_type = 'visit' AND owner_id = ?", visit));

        long plan = org.yiyang.it.support.Plans.approved(Orders.BC, Orders.elder(Orders.BC, "幂等照片", false));
        String k3 = key();
        createdOnce(() -> Api.as("bc-provider-admin").postFile("/renovations/" + plan + "/photos?purpose=BEFORE"
                        + "&fileName=b.png", photo, "image/png", k3),
                () -> Db.count("SELECT COUNT(*) FROM shared_attachment WHERE owner_id = ? AND owner_type = 'renovation'", plan));

        Counties.County zh = Counties.of(Counties.ZH.code());
        String code = zh.township().substring(0, 9) + (900 + System.nanoTime() % 100);
        String village = Elders.json("code", code, "name", "幂等村" + code.substring(9), "townshipCode", zh.township(),
                "urban", false);
        String k4 = key();
        createdOnce(() -> Api.as(zh.admin()).post("/places/villages", village, k4),
                () -> Db.count("SELECT COUNT(*) FROM tenancy_village WHERE code = ?", code));
    }
}
