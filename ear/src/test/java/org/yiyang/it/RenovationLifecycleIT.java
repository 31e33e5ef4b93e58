package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * A renovation plan step by step: each step by the role that owns it, refused (403, or 409 out of turn) for
 * the others and changing nothing; the subsidy within the household cap; the catalog's price changes not
 * touching assessed or approved plans; photo uploads checked on content; idempotent applications; figures.
 */
@YiyangIT
class RenovationLifecycleIT {

    static long contractor;

    @BeforeAll
    static void contractor() {
        contractor = Orders.provider(Orders.BC).id();
    }

    static String state(long plan) throws Exception {
        return Db.single("SELECT CONCAT(status, '/', version, '/', (SELECT COUNT(*) FROM renovation_plan_event e "
                + "WHERE e.plan_id = p.id)) FROM renovation_plan p WHERE id = ?", plan).toString();
    }

    @Test
    void eachStepIsTakenOnlyByTheRoleThatOwnsIt() throws Exception {
        long elder = Orders.elder(Orders.BC, "改造全流程", true);
        long plan = Plans.apply(Orders.BC, elder);
        JsonObject applied = Api.as("bc-staff").get("/renovations/" + plan).json();
        assertEquals("APPLIED", applied.getString("status"));
        assertEquals("FAMILY", applied.getString("applicantKind"));

        // assessment: the bureau's assessors only
        String items = Plans.items("B01", 2, "B02", 1, "R02", 2);
        for (String user : List.of("bc-assistant", "bc-township", "bc-provider-admin")) {
            String before = state(plan);
            int status = Plans.step(user, plan, "assess", items).status();
            assertTrue(status == 403 || status == 404, user + " may not assess: " + status);
            assertEquals(before, state(plan));
        }
        JsonObject assessed = Plans.done("bc-staff", plan, "assess", items);
        assertEquals("ASSESSED", assessed.getString("status"));
        assertEquals(new BigDecimal("710.00"), assessed.getJsonNumber("total").bigDecimalValue(),
                "2 x 180 + 260 + 2 x 45");
        assertEquals(3, assessed.getJsonArray("items").size());

        // approval: the county administrator only
        for (String user : List.of("bc-staff", "bc-township", "bc-assistant", "bc-provider-admin")) {
            String before = state(plan);
            int status = Plans.step(user, plan, "approve", Elders.json("contractorId", contractor)).status();
            assertTrue(status == 403 || status == 404, user + " may not approve: " + status);
            assertEquals(before, state(plan));
        }
        assertEquals(404, Plans.step("bc-provider-admin", plan, "start", null).status(),
                "the contractor does not see a plan before it is theirs");
        JsonObject allowance = Api.as("bc-admin").get("/renovations/" + plan + "/allowance").json();
        assertEquals(new BigDecimal("3000.00"), allowance.getJsonNumber("remaining").bigDecimalValue());
        JsonObject approved = Plans.done("bc-admin", plan, "approve", Elders.json("contractorId", contractor));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(new BigDecimal("710.00"), approved.getJsonNumber("subsidy").bigDecimalValue());
        assertEquals(new BigDecimal("0.00"), approved.getJsonNumber("selfPay").bigDecimalValue());
        assertEquals(new BigDecimal("3000.00"), approved.getJsonNumber("cap").bigDecimalValue());
        assertEquals(409, Plans.step("bc-admin", plan, "approve", Elders.json("contractorId", contractor)).status(),
                "approved once only");

        // construction: the contractor only, and not without photos
        for (String user : List.of("bc-admin", "bc-staff", "bc-township")) {
            assertEquals(403, Plans.step(user, plan, "start", null).status(), user);
        }
        Plans.done("bc-provider-staff", plan, "start", null);
        Http.Reply noPhotos = Plans.step("bc-provider-admin", plan, "complete", "{}");
        assertEquals(400, noPhotos.status(), noPhotos::toString);
        assertTrue(noPhotos.json().getString("detail").contains("照片"), noPhotos::toString);
        Plans.expect(201, Plans.upload("bc-provider-staff", plan, "BEFORE", "改造前.png", Plans.png(800, 600), "image/png"));
        Plans.expect(201, Plans.upload("bc-provider-staff", plan, "AFTER", "改造后.png", Plans.png(800, 600), "image/png"));
        assertEquals(403, Plans.step("bc-township", plan, "complete", "{}").status());
        Plans.done("bc-provider-admin", plan, "complete", Elders.json("notes", "扶手已安装牢固。"));

        // acceptance: the township's staff only; refused acceptance goes back to the contractor
        for (String user : List.of("bc-admin", "bc-staff", "bc-assistant", "bc-provider-admin")) {
            assertEquals(403, Plans.step(user, plan, "accept", "{}").status(), user);
        }
        assertEquals("IN_PROGRESS", Plans.done("bc-township", plan, "send-back",
                Elders.json("reason", "淋浴椅未固定，请整改。")).getString("status"));
        Plans.done("bc-provider-admin", plan, "complete", Elders.json("notes", "已整改。"));
        assertEquals("ACCEPTED", Plans.done("bc-township", plan, "accept", "{}").getString("status"));

        // settlement: the county administrator only
        assertEquals(403, Plans.step("bc-staff", plan, "settle", null).status());
        assertEquals(403, Plans.step("bc-township", plan, "settle", null).status());
        assertEquals("SETTLED", Plans.done("bc-admin", plan, "settle", null).getString("status"));
        assertEquals(409, Plans.step("bc-admin", plan, "settle", null).status(), "settled once only");

        List<String> actions = Api.as("bc-admin").get("/renovations/" + plan + "/events").jsonStructure().asJsonArray()
                .stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("apply", "assess", "approve", "start", "photo", "photo", "complete", "sendBack",
                "complete", "accept", "settle"), actions);
        JsonObject settle = Api.as("bc-admin").get("/renovations/" + plan + "/events").jsonStructure().asJsonArray()
                .getJsonObject(actions.size() - 1);
        assertEquals("bc-admin", settle.getString("actor"));
        assertEquals("ACCEPTED", settle.getString("fromStatus"));
    }

    @Test
    void rejectionNeedsAReasonAndEndsThePlan() throws Exception {
        long plan = Plans.apply(Orders.BC, Orders.elder(Orders.BC, "改造不予通过", false));
        String before = state(plan);
        assertEquals(400, Plans.step("bc-admin", plan, "reject", Elders.json("reason", " ")).status());
        assertEquals(403, Plans.step("bc-staff", plan, "reject", Elders.json("reason", "不符合条件")).status());
        assertEquals(before, state(plan));
        JsonObject r = Plans.done("bc-admin", plan, "reject", Elders.json("reason", "房屋为租赁住房，产权人不同意改造。"));
        assertEquals("REJECTED", r.getString("status"));
        assertEquals("房屋为租赁住房，产权人不同意改造。", r.getString("closingReason"));
        Http.Reply late = Plans.step("bc-staff", plan, "assess", Plans.items("B01", 1));
        assertEquals(409, late.status());
        assertTrue(late.json().getString("detail").contains("未通过"), late::toString);
    }

    @Test
    void theSubsidyIsCappedPerHouseholdAndTheRestIsSelfPaid() throws Exception {
        long elder = Orders.elder(Orders.BC, "改造封顶", true);
        long first = Plans.apply(Orders.BC, elder);
        Plans.done("bc-staff", first, "assess", Plans.items("R03", 1, "S02", 1)); // 1800 + 680 = 2480
        Plans.done("bc-admin", first, "approve", Elders.json("contractorId", contractor));
        long second = Plans.apply(Orders.BC, elder);
        Plans.done("bc-staff", second, "assess", Plans.items("B05", 1)); // 900
        JsonObject before = Api.as("bc-admin").get("/renovations/" + second + "/allowance").json();
        assertEquals(new BigDecimal("520.00"), before.getJsonNumber("remaining").bigDecimalValue(),
                "the screen shows what is left before the approval");
        JsonObject approved = Plans.done("bc-admin", second, "approve", Elders.json("contractorId", contractor));
        assertEquals(new BigDecimal("520.00"), approved.getJsonNumber("subsidy").bigDecimalValue());
        assertEquals(new BigDecimal("380.00"), approved.getJsonNumber("selfPay").bigDecimalValue());
        assertEquals(new BigDecimal("520.00"), approved.getJsonNumber("remainingBefore").bigDecimalValue());
        long third = Plans.apply(Orders.BC, elder);
        Plans.done("bc-staff", third, "assess", Plans.items("S03", 1));
        JsonObject none = Plans.done("bc-admin", third, "approve", Elders.json("contractorId", contractor));
        assertEquals(new BigDecimal("0.00"), none.getJsonNumber("subsidy").bigDecimalValue());
        assertEquals(new BigDecimal("120.00"), none.getJsonNumber("selfPay").bigDecimalValue());
        long household = approved.getJsonNumber("householdId").longValue();
        assertEquals(new BigDecimal("3000.00"), Db.single("SELECT approved FROM renovation_household_subsidy "
                + "WHERE household_id = ?", household));
        assertEquals(new BigDecimal("3000.00"), Db.single("SELECT SUM(subsidy) FROM renovation_plan "
                + "WHERE household_id = ?", household));
    }

    @Test
    void aPriceChangeDoesNotTouchAssessedOrApprovedPlans() throws Exception {
        long elder = Orders.elder(Orders.ZH, "改造调价", false);
        long approved = Plans.approved(Orders.ZH, elder); // B01 x 2 at 180
        long assessed = Plans.apply(Orders.ZH, elder);
        Plans.done("zh-staff", assessed, "assess", Plans.items("B01", 1));
        String approvedBefore = state(approved);

        assertEquals(403, Api.as("zh-staff").put("/renovations/catalog/B01",
                "{\"unitPrice\":200.00,\"reason\":\"市场价上涨\"}").status(), "only the administrator sets prices");
        assertEquals(400, Api.as("zh-admin").put("/renovations/catalog/B01",
                "{\"unitPrice\":-1,\"reason\":\"错误\"}").status());
        assertEquals(400, Api.as("zh-admin").put("/renovations/catalog/B01",
                "{\"unitPrice\":200.001,\"reason\":\"错误\"}").status());
        Http.Reply changed = Api.as("zh-admin").put("/renovations/catalog/B01",
                "{\"unitPrice\":200.00,\"reason\":\"2026 年市场价上涨\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(new BigDecimal("200.00"), changed.json().getJsonNumber("unitPrice").bigDecimalValue());

        JsonObject a = Api.as("zh-admin").get("/renovations/" + approved).json();
        assertEquals(new BigDecimal("360.00"), a.getJsonNumber("total").bigDecimalValue());
        assertEquals(new BigDecimal("180.00"), a.getJsonArray("items").getJsonObject(0)
                .getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(approvedBefore, state(approved), "an approved plan is not touched");
        JsonObject s = Api.as("zh-admin").get("/renovations/" + assessed).json();
        assertEquals(new BigDecimal("180.00"), s.getJsonNumber("total").bigDecimalValue());
        long fresh = Plans.apply(Orders.ZH, elder);
        JsonObject f = Plans.done("zh-staff", fresh, "assess", Plans.items("B01", 1));
        assertEquals(new BigDecimal("200.00"), f.getJsonNumber("total").bigDecimalValue(),
                "a new assessment takes the new price");
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM renovation_price_change WHERE county_code = '371603' "
                + "AND item_code = 'B01' AND new_price = 200.00"));
        JsonObject hmB01 = Api.as("hm-admin").get("/renovations/catalog").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals("B01")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("180.00"), hmB01.getJsonNumber("unitPrice").bigDecimalValue(),
                "another county's catalog keeps its own price");
    }

    @Test
    void theDefaultCatalogHasSixCategoriesAndTwentyTwoItems() {
        var items = Api.as("bc-assistant").get("/renovations/catalog").jsonStructure().asJsonArray();
        assertEquals(22, items.size());
        assertEquals(6, items.stream().map(v -> v.asJsonObject().getString("category")).distinct().count());
        assertTrue(items.stream().anyMatch(v -> v.asJsonObject().getBoolean("basic")));
        assertTrue(items.stream().anyMatch(v -> !v.asJsonObject().getBoolean("basic")));
    }

    @Test
    void badUploadsAreRefusedCleanlyAndChangeNothing() throws Exception {
        long plan = Plans.approved(Orders.BC, Orders.elder(Orders.BC, "改造上传", false));
        String before = state(plan);
        long stored = Db.count("SELECT COUNT(*) FROM shared_attachment WHERE owner_id = ?", plan);

        Http.Reply text = Plans.upload("bc-provider-admin", plan, "BEFORE", "photo.jpg",
                "这不是图片".getBytes(StandardCharsets.UTF_8), "image/jpeg");
        assertEquals(400, text.status(), text::toString);
        assertTrue(text.json().getString("detail").contains("JPEG"), text::toString);
        assertEquals(400, Plans.upload("bc-provider-admin", plan, "BEFORE", "empty.png", new byte[0], "image/png")
                .status());
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(Plans.png(10, 10), 0, big, 0, 8);
        Http.Reply tooBig = Plans.upload("bc-provider-admin", plan, "BEFORE", "big.png", big, "image/png");
        assertEquals(400, tooBig.status(), tooBig::toString);
        assertTrue(tooBig.json().getString("detail").contains("5 MB"), tooBig::toString);
        byte[] broken = Plans.png(100, 100);
        byte[] truncated = java.util.Arrays.copyOf(broken, 40);
        assertEquals(400, Plans.upload("bc-provider-admin", plan, "BEFORE", "broken.png", truncated, "image/png")
                .status(), "a picture that does not decode");
        assertEquals(400, Plans.upload("bc-provider-admin", plan, "SOMETHING", "a.png", Plans.png(10, 10), "image/png")
                .status());
        assertEquals(409, Plans.upload("bc-provider-admin", plan, "AFTER", "a.png", Plans.png(10, 10), "image/png")
                .status(), "no after photo before the work started");
        assertEquals(403, Plans.upload("bc-township", plan, "BEFORE", "a.png", Plans.png(10, 10), "image/png")
                .status());
        assertEquals(before, state(plan));
        assertEquals(stored, Db.count("SELECT COUNT(*) FROM shared_attachment WHERE owner_id = ?", plan));

        // a real picture, named .txt, is recognised by its content and gets a thumbnail
        Http.Reply ok = Plans.upload("bc-provider-admin", plan, "BEFORE", "scan.txt", Plans.png(1200, 900),
                "application/octet-stream");
        assertEquals(201, ok.status(), ok::toString);
        long id = ok.json().getJsonNumber("id").longValue();
        assertEquals("image/png", ok.json().getString("contentType"));
        var file = Api.as("bc-township").download("/renovations/" + plan + "/photos/" + id);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
        var thumb = Api.as("bc-admin").download("/renovations/" + plan + "/photos/" + id + "/thumbnail");
        assertEquals(200, thumb.statusCode());
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.body()));
        assertEquals(320, Math.max(image.getWidth(), image.getHeight()));
        assertEquals(404, Api.as("bc-admin").download("/renovations/" + plan + "/photos/" + (id + 999_999)).statusCode());
    }

    @Test
    void concurrentReplaysOfOneKeyCreateOnePlanAndAnotherBodyGets422() throws Exception {
        long elder = Orders.elder(Orders.BC, "改造幂等", false);
        String key = "renovation-" + System.nanoTime();
        String body = Elders.json("elderId", elder, "applicantKind", "ELDER", "notes", "申请加装扶手");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Http.Reply> c = () -> Api.as("bc-assistant").post("/renovations", body, key);
                replies.add(pool.submit(c));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r::toString);
                ids.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.stream().distinct().count(), "every replay answers with the same plan");
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM renovation_plan WHERE elder_id = ?", elder));
        Http.Reply other = Api.as("bc-assistant").post("/renovations", Elders.json("elderId", elder,
                "applicantKind", "ELDER", "notes", "另一份申请"), key);
        assertEquals(422, other.status(), other::toString);
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM renovation_plan WHERE elder_id = ?", elder));
    }

    @Test
    void badApplicationsGetAClearErrorAndChangeNothing() throws Exception {
        long count = Db.count("SELECT COUNT(*) FROM renovation_plan");
        Http.Reply missing = Api.as("bc-assistant").post("/renovations", "{}");
        assertEquals(400, missing.status());
        assertTrue(missing.json().getString("detail").contains("老人"), missing::toString);
        Http.Reply english = Api.as("bc-assistant").inLanguage("en").post("/renovations", "{}");
        assertTrue(english.json().getString("detail").contains("elder"), english::toString);
        long other = Orders.elder(Orders.BC, "北镇老人", false);
        // an elder of another township is out of the assistant's reach
        long northern = Elders.register("bc-admin", "北镇改造", org.yiyang.it.support.Ids.elderBornIn(Orders.BC, 1950),
                Orders.BC_OTHER_VILLAGE);
        assertEquals(400, Api.as("bc-assistant").post("/renovations", Elders.json("elderId", northern)).status());
        assertEquals(400, Api.as("bc-assistant").post("/renovations", Elders.json("elderId", other,
                "applicantPhone", "电话")).status());
        assertEquals(403, Api.as("bc-provider-admin").post("/renovations", Elders.json("elderId", other)).status());
        long plan = Plans.apply(Orders.BC, other);
        assertEquals(400, Plans.step("bc-staff", plan, "assess", Plans.items("ZZ9", 1)).status());
        assertEquals(400, Plans.step("bc-staff", plan, "assess", Plans.items("B01", 0)).status());
        assertEquals(400, Plans.step("bc-staff", plan, "assess", Plans.items("B01", 1, "B01", 2)).status());
        assertEquals(400, Plans.step("bc-staff", plan, "assess", "{\"items\":[]}").status());
        assertEquals("APPLIED", Api.as("bc-staff").get("/renovations/" + plan).json().getString("status"));
        assertEquals(count + 1, Db.count("SELECT COUNT(*) FROM renovation_plan"));
    }

    @Test
    void figuresCountApplicationsCompletionsAndMoneyPerTownshipAndMonth() throws Exception {
        String month = ServerClock.month().toString();
        JsonObject before = figure(month);
        long elder = Orders.elder(Orders.BC, "改造统计", false);
        long plan = Plans.completed(Orders.BC, elder);
        Plans.done("bc-township", plan, "accept", "{}");
        Plans.done("bc-admin", plan, "settle", null);
        Plans.apply(Orders.BC, elder);
        JsonObject after = figure(month);
        assertEquals(count(before, "applications") + 2, count(after, "applications"));
        assertEquals(count(before, "completed") + 1, count(after, "completed"));
        assertEquals(money(before, "approved").add(new BigDecimal("360.00")), money(after, "approved"));
        assertEquals(money(before, "spent").add(new BigDecimal("360.00")), money(after, "spent"));
        var township = Api.as("bc-township").get("/renovations/figures?from=" + month + "&to=" + month)
                .jsonStructure().asJsonArray();
        assertEquals(1, township.size(), "township staff see their own township's figures only: " + township);
        JsonObject own = township.getJsonObject(0);
        assertEquals(Orders.BC_TOWNSHIP, own.getString("townshipCode"));
        assertEquals(count(after, "applications"), count(own, "applications"), "the same figure as the county's");
        assertEquals(money(after, "spent"), money(own, "spent"));
        assertEquals(400, Api.as("bc-admin").get("/renovations/figures?from=2026-13&to=" + month).status());
    }

    private static JsonObject figure(String month) {
        return Api.as("bc-admin").get("/renovations/figures?from=" + month + "&to=" + month).jsonStructure()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("townshipCode").equals(Orders.BC_TOWNSHIP)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("applications", 0).add("completed", 0)
                        .add("approved", 0).add("spent", 0).build());
    }

    private static long count(JsonObject o, String f) {
        return o.getJsonNumber(f).longValue();
    }

    private static BigDecimal money(JsonObject o, String f) {
        return o.getJsonNumber(f).bigDecimalValue().setScale(2);
    }
}
