package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.yiyang.it.support.Counties;
import org.yiyang.it.support.Http;
import org.yiyang.it.support.PortalSession;
import org.yiyang.it.support.TimebankPeople;
import org.yiyang.it.support.YiyangIT;

/**
 * The time bank's pages: the volunteer's own page shows the open activities of their township (and nothing of
 * another county's) with its sign-up, their hours and balance; the township office's queue shows the pending hours
 * with verify and reject.
 */
@YiyangIT
class TimebankPortalIT {

    @Test
    void theVolunteerSeesTheOpenActivitiesOfTheirTownshipOnly() {
        TimebankPeople.bcVolunteer();
        String title = "页面活动" + System.nanoTime();
        long activity = TimebankPeople.activity(title, 3, null);

        Http.Reply page = PortalSession.login(TimebankPeople.VOLUNTEER).get("/timebank/me.xhtml");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("id=\"volunteerTitle\"") && page.body().contains("id=\"navVolunteer\""),
                "the volunteer's page, with its link in the menu");
        assertTrue(page.body().contains("id=\"open-" + activity + "\"") && page.body().contains(title),
                "the new activity is open to sign up for");
        assertTrue(page.body().contains(":signUp") && page.body().contains("id=\"balanceHours\""),
                "its sign-up and the balance");

        TimebankPeople.accountVolunteer(Counties.HM, "hm-volunteer");
        Http.Reply other = PortalSession.login("hm-volunteer").get("/timebank/me.xhtml");
        assertEquals(200, other.status(), other::toString);
        assertTrue(other.body().contains("id=\"volunteerTitle\""));
        assertFalse(other.body().contains(title) || other.body().contains("id=\"open-" + activity + "\""),
                "another county's volunteer does not see 滨城区's activity");
    }

    @Test
    void theTownshipOfficeSeesThePendingHoursWithVerifyAndReject() {
        String title = "页面审核" + System.nanoTime();
        long entry = TimebankPeople.pendingEntry(title, 60, null);

        Http.Reply queue = PortalSession.login(TimebankPeople.TOWNSHIP).get("/timebank/queue.xhtml");
        assertEquals(200, queue.status(), queue::toString);
        assertTrue(queue.body().contains("id=\"queueTitle\"") && queue.body().contains(title),
                "the pending entry " + entry + " is in the queue");
        assertTrue(queue.body().contains(":verify") && queue.body().contains(":reject"), "with verify and reject");

        Http.Reply mine = PortalSession.login(TimebankPeople.VOLUNTEER).get("/timebank/me.xhtml");
        assertTrue(mine.body().contains("id=\"entry-" + entry + "\"") && mine.body().contains("待审核"),
                "the volunteer sees the entry as pending");
    }
}
