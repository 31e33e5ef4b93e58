package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Api;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.YiyangIT;

/** The portal pages as a logged-in user gets them (over HTTP, through the real Keycloak login). */
@YiyangIT
class PortalIT {

    @Test
    void aCountyUserSeesTheirCountysHomePageInChinese() {
        Http.Reply home = PortalSession.login("bc-staff").get("/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("滨城区首页"), home::toString);
        assertTrue(home.body().contains("市中街道") && home.body().contains("秦皇台乡"), "its townships are listed");
        assertFalse(home.body().contains("孙武街道"), "not another county's townships");
        assertTrue(home.body().contains("lang=\"zh-CN\""));
    }

    @Test
    void theEnglishSwitchChangesTheLabels() {
        PortalSession s = PortalSession.login("hm-staff");
        assertTrue(s.get("/").body().contains("登记老年人"));
        Http.Reply english = s.get("/language?to=en&back=" + Http.enc("/index.xhtml"));
        assertEquals(200, english.status());
        assertTrue(english.body().contains("Registered elders"), english::toString);
        assertTrue(english.body().contains("惠民县"), "names of places stay as they are");
        assertTrue(s.get("/language?to=zh-CN&back=%2F").body().contains("登记老年人"));
    }

    @Test
    void theLanguageSwitchOnlyReturnsToPagesOfThePortal() {
        PortalSession s = PortalSession.login("hm-staff");
        Http.Reply r = s.get("/language?to=en&back=" + Http.enc("//evil.example/"));
        assertEquals(200, r.status());
        assertTrue(r.body().contains("Registered elders"), "sent home instead of elsewhere");
    }

    @Test
    void aCityOfficialSeesTheCountiesOfTheCityWithCountsOnly() {
        Api.as("hm-admin").post("/elders", ElderApiIT.body("市级可见计数", Ids.elder("371621"), "371621001025"));
        PortalSession city = PortalSession.login("bz-city");
        Http.Reply page = city.get("/");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("滨州市各县（区）概况"), html);
        for (String county : new String[] {"滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市"}) {
            assertTrue(html.contains(county), county);
        }
        assertFalse(html.contains("福山区") || html.contains("泰山区"), "only the counties of their own city");
        assertFalse(html.contains("市级可见计数"), "no individual elder");
        assertEquals(403, city.get("/elders/list.xhtml").status());
    }

    @Test
    void anElderCanBeRegisteredThroughTheForm() {
        PortalSession s = PortalSession.login("bc-township");
        Http.Reply form = s.get("/elders/new.xhtml");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("新苑社区"), "villages of the township are offered");
        assertFalse(form.body().contains("彭家社区"), "not villages of another township");
        String id = Ids.elder("371602");
        Http.Reply saved = s.postForm("/elders/new.xhtml", form.body(), java.util.Map.of(
                "elderForm", "elderForm", "elderForm:name", "表单登记", "elderForm:idNumber", id,
                "elderForm:villageCode_input", "371602001001", "elderForm:save", "elderForm:save"));
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.body().contains("表单登记"), saved::toString);
    }

    @Test
    void logoutEndsBothSessionsAndTheLoginFormAppearsAgain() {
        PortalSession s = PortalSession.login("bc-admin");
        String home = s.get("/").body();
        assertTrue(home.contains("滨城区首页"));
        assertEquals(405, s.get("/logout").status(), "a link or an image cannot log a user out");
        assertEquals(403, s.post("/logout", Map.of("token", "forged")).status(), "nor another site's form");
        assertTrue(s.get("/").body().contains("滨城区首页"), "still logged in");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(home);
        assertTrue(token.find(), "the header's logout form carries the session's token");
        Http.Reply afterLogout = s.post("/logout", Map.of("token", token.group(1)));
        assertTrue(PortalSession.isLoginForm(afterLogout.body()), "logout ends at Keycloak's login form: " + afterLogout);
        Http.Reply again = s.get("/elders/list.xhtml");
        assertTrue(PortalSession.isLoginForm(again.body()), "a protected page asks for a login again");
    }

    @Test
    void aRevealedIdNumberIsShownInOneResponseAndNotKeptInTheView() {
        String number = Ids.elder("371602");
        long id = org.yiyang.it.support.Elders.register("bc-admin", "揭示一次", number, "371602001001");
        PortalSession s = PortalSession.login("bc-staff");
        String path = "/elders/view.xhtml?id=" + id;
        Http.Reply page = s.get(path);
        assertFalse(page.body().contains(number), "masked at first");
        Map<String, String> reveal = Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "identity:reveal", "jakarta.faces.partial.execute", "identity:reveal",
                "jakarta.faces.partial.render", "identity:idNumberBox", "identity:reveal", "identity:reveal",
                "identity", "identity");
        Http.Reply shown = s.postForm(path, page.body(), reveal);
        assertTrue(shown.body().contains(number), "the reveal shows the number: " + shown);
        Map<String, String> redraw = Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "identity:idNumberBox", "jakarta.faces.partial.execute", "identity:idNumberBox",
                "jakarta.faces.partial.render", "identity:idNumberBox", "identity", "identity");
        Http.Reply later = s.postForm(path, page.body(), redraw);
        assertEquals(200, later.status(), later::toString);
        assertTrue(later.body().contains("identity:maskedId"), "the same view drawn again: " + later);
        assertFalse(later.body().contains(number), "the number was not kept in the view");
    }
}
