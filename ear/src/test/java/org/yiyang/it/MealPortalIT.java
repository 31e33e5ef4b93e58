package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * The meal pages of the portal with real logins: the bureau's site list, site page, layout plan, service circle and
 * monthly figures, the meals in an elder's file and the operator's serving screen render; 惠民县's administrator
 * with 滨城区's ids gets 404 like for a missing id, and roles a page is not for get 403.
 */
@YiyangIT
class MealPortalIT {

    static final long MISSING = 987_654_321L;

    @Test
    void theBureausMealPagesRender() {
        String name = "门户助餐食堂" + System.nanoTime() % 10000;
        long site = Meals.openSite(Orders.BC, name);
        long elder = Meals.elder(Orders.BC, "门户助餐老人", ServerClock.today().getYear() - 70);
        Meals.register(Orders.BC, elder, site);
        PortalSession admin = PortalSession.login("bc-admin");

        Http.Reply list = admin.get("/meals/sites.xhtml");
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains("id=\"mealSitesTitle\"") && list.body().contains(name));
        assertTrue(list.body().contains("id=\"navMeals\"") && list.body().contains("id=\"subMealCircle\""),
                "the meals group with its second row");
        Http.Reply filtered = admin.get("/meals/sites.xhtml?township=" + Orders.BC_TOWNSHIP + "&status=OPEN");
        assertEquals(200, filtered.status());
        assertTrue(filtered.body().contains(name));

        Http.Reply page = admin.get("/meals/site.xhtml?id=" + site);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains(name) && page.body().contains("运营中"), "the site page in Chinese");
        assertTrue(page.body().contains("statusForm:suspend") && page.body().contains("statusForm:close"),
                "the administrator may suspend or close an open site");
        assertFalse(page.body().contains("statusForm:open"), "an open site is not opened again");
        assertTrue(page.body().contains("id=\"count-LUNCH\""), "today's meals per period");

        Http.Reply layout = admin.get("/meals/layout.xhtml");
        assertEquals(200, layout.status(), layout::toString);
        assertTrue(layout.body().contains("id=\"layoutTitle\"") && layout.body().contains("targetForm:saveTarget"),
                "the administrator sets targets");
        assertEquals(200, admin.get("/meals/layout.xhtml?township=" + Orders.BC_TOWNSHIP).status());

        Http.Reply circle = admin.get("/meals/circle.xhtml");
        assertEquals(200, circle.status(), circle::toString);
        assertTrue(circle.body().contains("id=\"circleTitle\"") && circle.body().contains("<svg"),
                "the circle drawn inline, without tiles");
        assertEquals(200, admin.get("/meals/circle.xhtml?township=" + Orders.BC_TOWNSHIP).status());

        Http.Reply figures = admin.get("/meals/figures.xhtml");
        assertEquals(200, figures.status(), figures::toString);
        assertTrue(figures.body().contains("id=\"figuresTitle\"") && figures.body().contains(name),
                "an open site is in the month's figures");
        assertEquals(200, admin.get("/meals/figures.xhtml?month=" + ServerClock.month().minusMonths(1)).status());

        Http.Reply file = PortalSession.login("bc-staff").get("/elders/view.xhtml?id=" + elder);
        assertEquals(200, file.status());
        assertTrue(file.body().contains("id=\"mealsHeading\"") && file.body().contains(name),
                "the elder's file shows the meal registration with its home site");
        assertTrue(file.body().contains("软食"), "and the diet");

        Http.Reply serve = PortalSession.login("bc-provider-staff").get("/meals/serve.xhtml?site=" + site);
        assertEquals(200, serve.status(), serve::toString);
        assertTrue(serve.body().contains("serveForm:entry") && serve.body().contains(name));
    }

    @Test
    void theMealCardPrintsTheQrCodeOfItsTokenAndNoIdNumber() throws Exception {
        long site = Meals.openSite(Orders.BC, "门户助餐卡食堂" + System.nanoTime() % 10000);
        long elder = Meals.elder(Orders.BC, "门户助餐卡老人", ServerClock.today().getYear() - 75);
        long registration = Meals.register(Orders.BC, elder, site).getJsonNumber("id").longValue();
        Http.Reply file = PortalSession.login("bc-staff").get("/elders/view.xhtml?id=" + elder);
        assertTrue(file.body().contains("id=\"printCard\""), "the elder's file links to the printable card");

        Http.Reply card = PortalSession.login("bc-staff").get("/meals/card.xhtml?id=" + registration);
        assertEquals(200, card.status(), card::toString);
        String html = card.body();
        assertTrue(html.contains("id=\"mealCard\"") && html.contains("<svg") && html.contains("class=\"yy-qr\""),
                "the card with its QR code drawn inline");
        assertTrue(html.contains("门户助餐卡老人") && html.contains("老年助餐卡"), "the elder's name on the card");
        String token = Meals.card(Orders.BC, registration);
        assertFalse(html.contains(token), "the token is in the code, not printed as text");
        assertFalse(html.matches("(?s).*\\b371602\\d{11}[\\dX]\\b.*"), "no full ID number on the card");
        assertTrue(Db.count("SELECT COUNT(*) FROM shared_audit_event WHERE county_code = '371602' "
                + "AND action = 'MEAL_CARD_SHOWN' AND subject_id = ?", String.valueOf(registration)) >= 2,
                "showing the card is audited");

        assertEquals(404, PortalSession.login("hm-admin").get("/meals/card.xhtml?id=" + registration).status(),
                "another county's registration is not found");
        assertEquals(404, PortalSession.login("bc-staff").get("/meals/card.xhtml?id=" + MISSING).status());
    }

    @Test
    void anotherCountysIdsAnswer404AndPagesNotForTheRole403() {
        String name = "门户隔离助餐" + System.nanoTime() % 10000;
        long site = Meals.openSite(Orders.BC, name);
        PortalSession hm = PortalSession.login("hm-admin");
        Http.Reply list = hm.get("/meals/sites.xhtml");
        assertEquals(200, list.status(), list::toString);
        assertFalse(list.body().contains(name), "惠民县 does not list 滨城区's sites");
        assertEquals(404, hm.get("/meals/site.xhtml?id=" + site).status());
        assertEquals(404, hm.get("/meals/site.xhtml?id=" + MISSING).status(), "exactly like a missing id");
        String bcTownship = "?township=" + Orders.BC_TOWNSHIP;
        assertEquals(404, hm.get("/meals/sites.xhtml" + bcTownship).status());
        assertEquals(404, hm.get("/meals/layout.xhtml" + bcTownship).status());
        assertEquals(404, hm.get("/meals/circle.xhtml" + bcTownship).status());
        assertEquals(200, hm.get("/meals/layout.xhtml").status());
        assertEquals(200, hm.get("/meals/circle.xhtml").status());

        assertEquals(404, PortalSession.login("hm-provider-staff").get("/meals/serve.xhtml?site=" + site).status(),
                "another county's site is not on the operator's screen");
        PortalSession operator = PortalSession.login("hm-provider-admin");
        assertEquals(403, operator.get("/meals/circle.xhtml").status(), "the circle is the bureau's");
        assertEquals(403, operator.get("/meals/figures.xhtml").status());
        assertEquals(403, PortalSession.login("bc-admin").get("/meals/serve.xhtml").status(),
                "the bureau does not record meals");
        assertEquals(403, PortalSession.login("bc-township").get("/meals/circle.xhtml?township=371602003000")
                .status(), "township staff see their own township's circle only");
    }
}
