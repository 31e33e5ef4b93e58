package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.YiyangIT;

/**
 * The order pages of the portal for each role, with real logins: providers land on their board or task
 * list, the county searches orders, an elder's file lists their orders, and pages of orders, providers
 * and statements outside the caller's reach answer 404.
 */
@YiyangIT
class OrderPortalIT {

    @Test
    void providersLandOnTheirBoardAndWorkersOnTheirTasks() {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "门户看板", false);
        // scheduled now, by the server's clock: on today's board whatever the hour
        long order = Orders.create("bc-provider-admin", elder, "CLEANING", "SELF", ServerClock.instant())
                .getJsonNumber("id").longValue();
        Orders.done("bc-provider-admin", order, "assign-staff", Elders.json("staffId", provider.worker()));

        Http.Reply board = PortalSession.login("bc-provider-admin").get("/");
        assertEquals(200, board.status());
        assertTrue(board.body().contains("id=\"boardTitle\""), "the provider administrator lands on the board");
        assertTrue(board.body().contains("门户看板"));
        assertFalse(board.body().contains("id=\"navElders\""), "providers do not browse the elder register");

        Http.Reply tasks = PortalSession.login("bc-provider-staff").get("/");
        assertTrue(tasks.body().contains("id=\"tasksTitle\""), "the worker lands on their task list");
        assertTrue(tasks.body().contains("view.xhtml?id=" + order));
        assertTrue(tasks.body().contains("width=device-width"), "made for phones");
    }

    @Test
    void theCountySearchesOrdersAndSeesThemInTheEldersFile() {
        long elder = Orders.elder(Orders.BC, "门户档案", false);
        long order = Orders.create("bc-staff", elder, "SHOPPING", "SELF").getJsonNumber("id").longValue();
        PortalSession desk = PortalSession.login("bc-staff");
        Http.Reply list = desk.get("/orders/list.xhtml");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("居家上门服务订单"));
        Http.Reply file = desk.get("/elders/view.xhtml?id=" + elder);
        assertTrue(file.body().contains("id=\"ordersHeading\""));
        assertTrue(file.body().contains("view.xhtml?id=" + order), "the elder's file lists the order");
        Http.Reply page = desk.get("/orders/view.xhtml?id=" + order);
        assertTrue(page.body().contains("代购") && page.body().contains("待派单"), "the order page in Chinese");
        assertTrue(page.body().contains("actions:dispatch"), "the desk may dispatch a new order");
        assertEquals(200, desk.get("/orders/services.xhtml").status());
        assertEquals(200, desk.get("/providers/list.xhtml").status());
        assertEquals(200, desk.get("/orders/settlements.xhtml").status());
    }

    @Test
    void pagesOutsideTheCallersReachAnswer404() {
        Orders.Provider bc = Orders.provider(Orders.BC);
        Orders.provider(Orders.HM);   // hm-provider-admin's provider, which the test logs in as below
        long elder = Orders.elder(Orders.BC, "门户隔离", false);
        long order = Orders.create("bc-staff", elder, "CLEANING", "SELF").getJsonNumber("id").longValue();

        PortalSession hm = PortalSession.login("hm-staff");
        assertEquals(404, hm.get("/orders/view.xhtml?id=" + order).status());
        assertEquals(404, hm.get("/providers/view.xhtml?id=" + bc.id()).status());
        assertEquals(404, PortalSession.login("bc-provider-admin").get("/orders/view.xhtml?id=" + order).status(),
                "not yet dispatched to the provider");
        assertEquals(404, PortalSession.login("bc-provider-staff").get("/orders/view.xhtml?id=" + order).status());
        assertEquals(404, PortalSession.login("hm-provider-admin").get("/providers/view.xhtml?id=" + bc.id())
                .status());
    }

    @Test
    void aProviderCannotOpenTheOrderFormForAnElderByTheRegistrysId() {
        long elder = Orders.elder(Orders.BC, "服务商走号", true);
        Orders.provider(Orders.BC);
        PortalSession provider = PortalSession.login("bc-provider-admin");
        Http.Reply form = provider.get("/orders/new.xhtml?elder=" + elder);
        assertFalse(form.body().contains("服务商走号"), "walking ids shows no name");
        assertFalse(form.body().contains("orderForm:allowanceLeft"), "nor the allowance");
        Http.Reply missing = provider.get("/orders/new.xhtml?elder=987654321");
        assertEquals(form.status(), missing.status(), "an elder that exists looks like one that does not");
        PortalSession desk = PortalSession.login("bc-staff");
        assertTrue(desk.get("/orders/new.xhtml?elder=" + elder).body().contains("服务商走号"),
                "control: the desk opens the form for the elder");
    }
}
