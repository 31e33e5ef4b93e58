package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.yiyang.it.support.Plans;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * One household's renovation from application to settlement, through the portal pages only, each step by
 * the person who owns it: the grid worker applies from the elder's file, the assessor picks items (with the
 * live total), the county administrator approves with the household's remaining allowance in view, the
 * contractor uploads before/after photos and completes, the township accepts from its acceptance list, the
 * county administrator settles.
 */
@YiyangIT
class RenovationBrowserIT {

    private ChromeDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void close() {
        quit();
    }

    private void quit() {
        if (driver != null) {
            Browser.screenshot(driver, "renovation-99-last");
            driver.quit();
            driver = null;
        }
    }

    private void login(String user) {
        quit();
        driver = Browser.start("zh-CN", 1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(TestEnvironment.current().appUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navHome")));
    }

    private void openPlan(long plan) {
        driver.get(TestEnvironment.current().appUrl() + "/renovations/view.xhtml?id=" + plan);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planStatus")));
    }

    private void status(String label) {
        wait.until(ExpectedConditions.textToBe(By.id("planStatus"), label));
    }

    private int photos() {
        return driver.findElements(By.cssSelector(".yy-photo")).size();
    }

    @Test
    void aHouseholdGoesFromApplicationToSettlementThroughThePortal() throws Exception {
        long contractor = Orders.provider(Orders.BC).id();
        String name = "浏览器改造" + System.nanoTime() % 10000;
        long elder = Orders.elder(Orders.BC, name, true);
        Path photo = Files.createTempFile("yiyang-photo", ".png");
        Files.write(photo, Plans.png(1024, 768));

        // the grid worker applies on the family's behalf, from the elder's file
        login("bc-assistant");
        driver.get(TestEnvironment.current().appUrl() + "/elders/view.xhtml?id=" + elder);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("renovationForElder"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("householdAllowance")));
        assertTrue(driver.findElement(By.id("householdAllowance")).getText().contains("剩余 3000.00 元"),
                () -> driver.findElement(By.id("householdAllowance")).getText());
        driver.findElement(By.cssSelector("label[for='applyForm:applicantKind:1']")).click();
        driver.findElement(By.id("applyForm:applicantName")).sendKeys("张小红");
        driver.findElement(By.id("applyForm:applicantPhone")).sendKeys("13905431234");
        driver.findElement(By.id("applyForm:notes")).sendKeys("卫生间没有扶手，老人如厕起身困难。");
        Browser.screenshot(driver, "renovation-01-apply");
        driver.findElement(By.id("applyForm:submit")).click();
        status("待评估");
        assertTrue(driver.findElement(By.cssSelector(".yy-dl")).getText().contains("家属 张小红"));
        long plan = Long.parseLong(driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(elder, ((Number) Db.single("SELECT elder_id FROM renovation_plan WHERE id = ?", plan)).longValue());

        // the assessor picks items; the total follows the quantities
        login("bc-staff");
        openPlan(plan);
        driver.findElement(By.id("actions:lines:4:qty_input")).sendKeys("2"); // B01 卫生间扶手 180
        driver.findElement(By.id("actions:lines:5:qty_input")).sendKeys("1"); // B02 淋浴椅 260
        driver.findElement(By.id("actions:assessmentNotes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions:formTotal"), "620.00"));
        driver.findElement(By.id("actions:assessmentNotes")).sendKeys("卫生间地面湿滑，坐便旁无扶手。");
        Browser.screenshot(driver, "renovation-02-assess");
        driver.findElement(By.id("actions:assess")).click();
        status("待审批");
        assertEquals("620.00", driver.findElement(By.id("total")).getText());

        // the county administrator approves, with what is left of the household's allowance in view
        login("bc-admin");
        openPlan(plan);
        assertEquals("3000.00", driver.findElement(By.id("remaining")).getText());
        assertTrue(driver.findElement(By.id("preview")).getText().contains("620.00"));
        driver.executeScript("PF('contractorMenu').selectValue('" + contractor + "')");
        Browser.screenshot(driver, "renovation-03-approve");
        driver.findElement(By.id("actions:approve")).click();
        status("待施工");
        assertEquals("620.00", driver.findElement(By.id("subsidy")).getText().split(" ")[0].strip());

        // the contractor photographs before, starts, photographs after and completes
        login("bc-provider-admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navRenovations"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='renovations/view.xhtml?id=" + plan + "']")))
                .click();
        status("待施工");
        driver.findElement(By.id("actions:beforePhoto_input")).sendKeys(photo.toString());
        wait.until(d -> photos() == 1);
        driver.findElement(By.id("actions:start")).click();
        status("施工中");
        driver.findElement(By.id("actions:afterPhoto_input")).sendKeys(photo.toString());
        wait.until(d -> photos() == 2);
        driver.findElement(By.id("actions:completionNotes")).sendKeys("扶手、淋浴椅已安装，老人试用正常。");
        Browser.screenshot(driver, "renovation-04-contractor");
        driver.findElement(By.id("actions:complete")).click();
        status("待验收");

        // the township accepts from its acceptance list, with the photos in view
        login("bc-township");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navAcceptance"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='renovations/view.xhtml?id=" + plan + "']")))
                .click();
        status("待验收");
        wait.until(d -> (Boolean) driver.executeScript("return Array.from(document.querySelectorAll('img.yy-thumb'))"
                + ".every(i => i.complete && i.naturalWidth > 0) && document.querySelectorAll('img.yy-thumb').length == 2"));
        Browser.screenshot(driver, "renovation-05-accept");
        driver.findElement(By.id("actions:acceptNotes")).sendKeys("现场验收合格。");
        driver.findElement(By.id("actions:accept")).click();
        status("待结算");

        // the county administrator settles with the contractor
        login("bc-admin");
        openPlan(plan);
        driver.findElement(By.id("actions:settle")).click();
        status("已结算");
        Browser.screenshot(driver, "renovation-06-settled");

        assertEquals("SETTLED", Db.single("SELECT status FROM renovation_plan WHERE id = ?", plan));
        assertEquals(new BigDecimal("620.00"), Db.single("SELECT subsidy FROM renovation_plan WHERE id = ?", plan));
        assertEquals(9L, Db.count("SELECT COUNT(*) FROM renovation_plan_event WHERE plan_id = ?", plan),
                "apply, assess, approve, photo, start, photo, complete, accept, settle");
        // and the elder's file shows the household's renovation
        driver.get(TestEnvironment.current().appUrl() + "/elders/view.xhtml?id=" + elder);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("renovationsHeading")));
        assertTrue(driver.findElement(By.id("elderRenovations")).getText().contains("已结算"));
        Files.deleteIfExists(photo);
    }
}
