package org.yiyang.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Providers and orders for the order tests. The realm's provider accounts name the providers
 * {@code 371602-P01} (滨城区) and {@code 371621-P01} (惠民县) in their {@code provider} claim; they are
 * registered here once per test database, each with the realm's staff account and a second worker, and
 * serve the county's first township (市中街道 / 孙武街道) only.
 */
public final class Orders {

    public static final String BC = "371602";
    public static final String HM = "371621";
    /** 市中街道 and one of its communities (滨城区). */
    public static final String BC_TOWNSHIP = "371602001000";
    public static final String BC_VILLAGE = "371602001001";
    /** 北镇街道, which the demo provider does not serve. */
    public static final String BC_OTHER_VILLAGE = "371602003201";
    public static final String HM_TOWNSHIP = "371621001000";
    public static final String HM_VILLAGE = "371621001025";

    /** The ids of a county's test provider and its two workers. */
    public record Provider(long id, long worker, long secondWorker) {
    }

    private Orders() {
    }

    /** The county's provider (registered on first use) as {@code <prefix>-admin} sees it. */
    public static synchronized Provider provider(String county) {
        String prefix = county.equals(BC) ? "bc" : "hm";
        String code = county + "-P01";
        String township = county.equals(BC) ? BC_TOWNSHIP : HM_TOWNSHIP;
        Api admin = Api.as(prefix + "-admin");
        Optional<JsonObject> existing = admin.get("/providers").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> code.equals(p.getString("code"))).findFirst();
        long id;
        if (existing.isPresent()) {
            id = existing.get().getJsonNumber("id").longValue();
        } else {
            Http.Reply r = admin.post("/providers", "{\"code\":\"" + code + "\",\"name\":\"" + prefix
                    + "康宁居家养老服务中心\",\"kind\":\"SOCIAL_ORGANISATION\",\"works\":[\"HOME_SERVICES\",\"MEALS\",\"RENOVATION\"],"
                    + "\"area\":[\"" + township + "\"],\"contactPerson\":\"刘春梅\",\"phone\":\"13905430101\"}");
            if (r.status() != 201) {
                throw new AssertionError("provider refused: " + r);
            }
            id = r.json().getJsonNumber("id").longValue();
            staff(admin, id, "王秀兰", prefix + "-provider-staff");
            staff(admin, id, "李建国", null);
        }
        var staff = admin.get("/providers/" + id + "/staff").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        long worker = staff.stream().filter(s -> (prefix + "-provider-staff").equals(s.getString("username", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long second = staff.stream().filter(s -> "李建国".equals(s.getString("name")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        return new Provider(id, worker, second);
    }

    private static void staff(Api admin, long provider, String name, String username) {
        Http.Reply r = admin.post("/providers/" + provider + "/staff", Elders.json("name", name, "username", username,
                "qualifications", "养老护理员"));
        if (r.status() != 201) {
            throw new AssertionError("staff refused: " + r);
        }
    }

    /**
     * A new elder (aged about 70) of the county's served township; special hardship, and so eligible for the
     * allowance, only when asked (by subsistence allowance).
     */
    public static long elder(String county, String name, boolean hardship) {
        String village = county.equals(BC) ? BC_VILLAGE : HM_VILLAGE;
        String admin = county.equals(BC) ? "bc-admin" : "hm-admin";
        String idNumber = Ids.elderBornIn(county, 1956);
        return hardship ? Elders.register(admin, name, idNumber, village, "economicStatus", "SUBSISTENCE")
                : Elders.register(admin, name, idNumber, village);
    }

    /** An hour from now, as the API takes it. */
    public static String soon() {
        return Instant.now().plus(Duration.ofHours(1)).toString();
    }

    /** A new-order body. */
    public static String body(long elderId, String service, String payer) {
        return Elders.json("elderId", elderId, "service", service, "scheduledAt", soon(), "payer", payer);
    }

    /** Creates an order (fails the test if refused) and returns it. */
    public static JsonObject create(String user, long elderId, String service, String payer) {
        Http.Reply r = Api.as(user).post("/orders", body(elderId, service, payer));
        if (r.status() != 201) {
            throw new AssertionError("order refused: " + r);
        }
        return r.json();
    }

    /** Takes a step ({@code assign}, {@code check-in}, …) and returns the reply. */
    public static Http.Reply step(String user, long order, String step, String json) {
        return Api.as(user).post("/orders/" + order + "/" + step, json);
    }

    /** Takes a step that must succeed and returns the order after it. */
    public static JsonObject done(String user, long order, String step, String json) {
        Http.Reply r = step(user, order, step, json);
        if (r.status() != 200) {
            throw new AssertionError(step + " refused: " + r);
        }
        return r.json();
    }

    /** An order of the county taken to COMPLETED by its owners (desk, provider admin, worker). */
    public static long completed(String county, long elderId, String service, String payer) {
        String p = county.equals(BC) ? "bc" : "hm";
        Provider provider = provider(county);
        long id = create(p + "-staff", elderId, service, payer).getJsonNumber("id").longValue();
        done(p + "-staff", id, "assign", Elders.json("providerId", provider.id()));
        done(p + "-provider-admin", id, "assign-staff", Elders.json("staffId", provider.worker()));
        done(p + "-provider-staff", id, "check-in", "{\"latitude\":37.3831,\"longitude\":118.0124}");
        done(p + "-provider-staff", id, "check-out", "{\"notes\":\"完成\"}");
        return id;
    }
}
