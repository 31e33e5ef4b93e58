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

    public static final String BC = Counties.BC.code();
    public static final String HM = Counties.HM.code();
    /** 沾化区, the test-only county for county-wide changes ({@link Counties#ZH}). */
    public static final String ZH = Counties.ZH.code();
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

    /** A provider's code and the accounts its {@code provider} claim names: its administrator and its worker. */
    public record Accounts(String county, String code, String admin, String worker) {
    }

    /** The county's demo provider {@code <county>-P01}, with the realm's provider accounts. */
    public static Accounts demo(String county) {
        Counties.County c = Counties.of(county);
        return new Accounts(county, county + "-P01", c.user("provider-admin"), c.user("provider-staff"));
    }

    /**
     * 惠民县's provider {@code 371621-P09}, which only the settlement test gives work to, so that its statement holds
     * exactly that test's orders (its accounts exist only in the test Keycloak, {@link Counties#accounts()}).
     */
    public static Accounts settlementProvider() {
        return new Accounts(HM, HM + "-P09", "hm-p09-admin", "hm-p09-staff");
    }

    private static final java.util.Set<String> READY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Before a provider account is used, the provider its {@code provider} claim names is registered (once per
     * test run), as it would be in a county where the account exists: a test never depends on another test having
     * registered it first.
     */
    static void ensureProviderOf(String username) {
        if (!username.contains("-p") || READY.contains(username)) {
            return;
        }
        Accounts p09 = settlementProvider();
        if (username.equals(p09.admin()) || username.equals(p09.worker())) {
            provider(p09);
        } else if (username.matches("(bc|hm|zh)-provider-(admin|staff)")) {
            String prefix = username.substring(0, 2);
            provider(prefix.equals("bc") ? BC : prefix.equals("hm") ? HM : ZH);
        }
        READY.add(username);
    }

    /** The county's provider (registered on first use) as {@code <prefix>-admin} sees it. */
    public static Provider provider(String county) {
        return provider(demo(county));
    }

    /** A provider (registered on first use, serving the county's first township) as the county admin sees it. */
    public static synchronized Provider provider(Accounts accounts) {
        Counties.County c = Counties.of(accounts.county());
        String prefix = c.prefix();
        String code = accounts.code();
        String township = c.township();
        Api admin = Api.as(c.admin());
        Optional<JsonObject> existing = admin.get("/providers").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> code.equals(p.getString("code"))).findFirst();
        long id;
        if (existing.isPresent()) {
            id = existing.get().getJsonNumber("id").longValue();
        } else {
            Http.Reply r = admin.post("/providers", "{\"code\":\"" + code + "\",\"name\":\"" + prefix
                    + "康宁居家养老服务中心" + (code.endsWith("-P01") ? "" : code.substring(code.indexOf('-'))) + "\",\"kind\":\"SOCIAL_ORGANISATION\",\"works\":[\"HOME_SERVICES\",\"MEALS\",\"RENOVATION\"],"
                    + "\"area\":[\"" + township + "\"],\"contactPerson\":\"刘春梅\",\"phone\":\"13905430101\"}");
            if (r.status() != 201) {
                throw new AssertionError("provider refused: " + r);
            }
            id = r.json().getJsonNumber("id").longValue();
            staff(admin, id, "王秀兰", accounts.worker());
            staff(admin, id, "李建国", null);
        }
        var staff = admin.get("/providers/" + id + "/staff").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        long worker = staff.stream().filter(s -> accounts.worker().equals(s.getString("username", null)))
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
        Counties.County c = Counties.of(county);
        String village = c.village();
        String admin = c.admin();
        String idNumber = Ids.elderBornIn(county, 1956);
        return hardship ? Elders.register(admin, name, idNumber, village, "economicStatus", "SUBSISTENCE")
                : Elders.register(admin, name, idNumber, village);
    }

    /**
     * A minute from now, as the API takes it: today in China but in the last minute before Beijing midnight, so an
     * order scheduled "soon" is on today's board and draws on this month's allowance.
     */
    public static String soon() {
        return Instant.now().plus(Duration.ofMinutes(1)).toString();
    }

    /** A new-order body. */
    public static String body(long elderId, String service, String payer) {
        return Elders.json("elderId", elderId, "service", service, "scheduledAt", soon(), "payer", payer);
    }

    /** A new-order body for a given time. */
    public static String body(long elderId, String service, String payer, Instant scheduledAt) {
        return Elders.json("elderId", elderId, "service", service, "scheduledAt", scheduledAt.toString(), "payer", payer);
    }

    /** Creates an order (fails the test if refused) and returns it. */
    public static JsonObject create(String user, long elderId, String service, String payer) {
        return create(user, body(elderId, service, payer));
    }

    /** Creates an order for a given time (fails the test if refused) and returns it. */
    public static JsonObject create(String user, long elderId, String service, String payer, Instant scheduledAt) {
        return create(user, body(elderId, service, payer, scheduledAt));
    }

    private static JsonObject create(String user, String body) {
        Http.Reply r = Api.as(user).post("/orders", body);
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
        return completed(demo(county), elderId, service, payer);
    }

    /** An order of the county scheduled at the given time, taken to COMPLETED by its owners. */
    public static long completed(String county, long elderId, String service, String payer, Instant scheduledAt) {
        return completed(demo(county), elderId, service, payer, scheduledAt);
    }

    /** An order taken to COMPLETED by the given provider's accounts. */
    public static long completed(Accounts by, long elderId, String service, String payer) {
        return completed(by, elderId, service, payer, Instant.parse(soon()));
    }

    private static long completed(Accounts by, long elderId, String service, String payer, Instant scheduledAt) {
        String desk = Counties.of(by.county()).staff();
        Provider provider = provider(by);
        long id = create(desk, elderId, service, payer, scheduledAt).getJsonNumber("id").longValue();
        done(desk, id, "assign", Elders.json("providerId", provider.id()));
        done(by.admin(), id, "assign-staff", Elders.json("staffId", provider.worker()));
        done(by.worker(), id, "check-in", "{\"latitude\":37.3831,\"longitude\":118.0124}");
        done(by.worker(), id, "check-out", "{\"notes\":\"完成\"}");
        return id;
    }
}
