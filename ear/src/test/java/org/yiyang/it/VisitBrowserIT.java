package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yiyang.it.support.Browser;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.Visits;
import org.yiyang.it.support.YiyangIT;

/**
 * The bureau enrols an elder from the elder's file (the tier suggested by rules); the grid worker, on a phone,
 * finds the elder in "my visits" and records a home visit.
 */
@YiyangIT
class VisitBrowserIT {

    private ChromeDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void close() {
        quit();
    }

    private void quit() {
        if (driver != null) {
            Browser.screenshot(driver, "visits-99-last");
            driver.quit();
            driver = null;
        }
    }

    private void login(String user, int width, int height) {
        quit();
        driver = Browser.start("zh-CN", width, height);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(TestEnvironment.current().appUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navHome")));
    }

    @Test
    void theBureauEnrolsAndTheGridWorkerRecordsAVisitOnAPhone() throws Exception {
        String name = "浏览器探访" + System.nanoTime() % 10000;
        long elder = Visits.elder(Orders.BC, name, "PARTIAL");

        login("bc-staff", 1280, 900);
        driver.get(TestEnvironment.current().appUrl() + "/elders/view.xhtml?id=" + elder);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enrolElder"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolForm:visitorUsername"))).sendKeys("bc-assistant");
        driver.findElement(By.id("enrolForm:visitorName")).sendKeys("刘网格");
        driver.findElement(By.id("enrolForm:visitorPhone")).sendKeys("13905439999");
        Browser.screenshot(driver, "visits-01-enrol");
        driver.findElement(By.id("enrolForm:enrol")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tier"), "红色"));
        long enrolment = Long.parseLong(driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(Visits.today().plusDays(7).toString(), driver.findElement(By.id("dueOn")).getText().strip());

        login("bc-assistant", 390, 844);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navVisits"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visitTasksTitle")));
        Browser.screenshot(driver, "visits-02-tasks-phone");
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "nothing wider than the phone: " + width);
        driver.findElement(By.cssSelector("a.yy-visit-card[href*='id=" + enrolment + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visitForm:health"))).sendKeys("血压偏高，按时服药");
        driver.findElement(By.id("visitForm:safety")).sendKeys("卫生间地滑");
        driver.findElement(By.id("visitForm:needs")).sendKeys("申请加装扶手");
        driver.findElement(By.id("visitForm:save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("lastVisited"), Visits.today().toString()));
        Browser.screenshot(driver, "visits-03-recorded-phone");
        width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "the visit page fits the phone too: " + width);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followForm:referredTo"))).sendKeys("镇卫生院家庭医生");
        driver.executeScript("var w = Object.values(PrimeFaces.widgets).find(w => w.id === 'followForm:followKind');"
                + " w.selectValue('REFERRAL');");
        driver.findElement(By.id("followForm:addFollowUp")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain"), "镇卫生院家庭医生"));
        Browser.screenshot(driver, "visits-04-chain-phone");
        assertEquals("HOME", Db.single("SELECT kind FROM visits_visit WHERE enrolment_id = ?", enrolment));
        assertEquals("申请加装扶手", Db.single("SELECT needs FROM visits_visit WHERE enrolment_id = ?", enrolment));
    }
}
