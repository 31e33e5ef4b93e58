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
import org.yiyang.it.support.Elders;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * Orders in a real browser: the hotline desk takes an order for an elder found by name and dispatches it;
 * the worker, on a phone-sized screen, finds it in their task list and checks in and out.
 */
@YiyangIT
class OrderBrowserIT {

    private ChromeDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            Browser.screenshot(driver, "orders-99-last");
            driver.quit();
        }
    }

    private WebDriverWait login(String user, int width, int height) {
        driver = Browser.start("zh-CN", width, height);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(TestEnvironment.current().appUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        return wait;
    }

    @Test
    void theDeskTakesAnOrderForAnElderFoundByNameAndDispatchesIt() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        String name = "浏览器下单" + System.nanoTime() % 10000;
        long elder = Orders.elder(Orders.BC, name, true);
        WebDriverWait wait = login("bc-staff", 1280, 900);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOrders"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newOrder"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:elder_input"))).sendKeys(name);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderForm:chosenName"), name));
        assertTrue(driver.findElement(By.id("orderForm:allowanceLeft")).getText().contains("200"),
                "a special-hardship elder's allowance is shown");
        Browser.screenshot(driver, "orders-01-new");
        driver.findElement(By.id("orderForm:save")).click();

        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "待派单"));
        assertTrue(driver.findElement(By.id("payer")).getText().contains("政府购买服务"),
                "an eligible elder's order is paid from the allowance by default");
        long order = Long.parseLong(driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(elder, ((Number) Db.single("SELECT elder_id FROM orders_order WHERE id = ?", order)).longValue());

        driver.executeScript("PF('providerMenu').selectValue('" + provider.id() + "')");
        driver.findElement(By.id("actions:dispatch")).click();
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "已派单"));
        Browser.screenshot(driver, "orders-02-dispatched");
        assertEquals("40.00", Db.single("SELECT reserved FROM orders_allowance WHERE elder_id = ?", elder).toString());
    }

    @Test
    void theWorkerChecksInAndOutOnAPhone() throws Exception {
        Orders.Provider provider = Orders.provider(Orders.BC);
        long elder = Orders.elder(Orders.BC, "手机签到", false);
        long order = Orders.create("bc-staff", elder, "BATH_AID", "SELF").getJsonNumber("id").longValue();
        Orders.done("bc-staff", order, "assign", Elders.json("providerId", provider.id()));
        Orders.done("bc-provider-admin", order, "assign-staff", Elders.json("staffId", provider.worker()));

        WebDriverWait wait = login("bc-provider-staff", 390, 844);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasksTitle")));
        Browser.screenshot(driver, "orders-03-tasks-phone");
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "nothing wider than the phone: " + width);
        driver.findElement(By.cssSelector("a.yy-order-card[href*='id=" + order + "']")).click();

        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "已派单"));
        driver.executeScript("PF('latitude').setValue('37.383100'); PF('longitude').setValue('118.012400');");
        driver.findElement(By.id("actions:checkIn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "服务中"));
        Browser.screenshot(driver, "orders-04-checked-in-phone");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actions:completionNotes")))
                .sendKeys("协助洗浴，检查了防滑垫");
        driver.findElement(By.id("actions:checkOut")).click();
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "待确认"));
        Browser.screenshot(driver, "orders-05-completed-phone");

        assertEquals("COMPLETED", Db.single("SELECT status FROM orders_order WHERE id = ?", order));
        assertEquals("37.383100", Db.single("SELECT check_in_lat FROM orders_order WHERE id = ?", order).toString());
        assertEquals("协助洗浴，检查了防滑垫", Db.single("SELECT completion_notes FROM orders_order WHERE id = ?", order));
    }
}
