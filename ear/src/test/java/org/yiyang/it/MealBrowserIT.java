package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yiyang.it.support.Browser;
import org.yiyang.it.support.Db;
import org.yiyang.it.support.Meals;
import org.yiyang.it.support.Orders;
import org.yiyang.it.support.ServerClock;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/**
 * The serving screen on a tablet (1024 × 768): the operator's staff record a meal by the card's token (a scanner
 * types it and presses Enter), see the elder and the split and the day's count go up; the same elder again is
 * refused plainly and served at full price with one click. The screen still fits a tablet held upright (768 px).
 */
@YiyangIT
class MealBrowserIT {

    static final String STAFF = "bc-provider-staff";

    private ChromeDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void close() {
        if (driver != null) {
            Browser.screenshot(driver, "meals-99-last");
            driver.quit();
            driver = null;
        }
    }

    private void login(String user, int width, int height) {
        driver = Browser.start("zh-CN", width, height);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(TestEnvironment.current().appUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("navHome")));
    }

    private String count(String period) {
        return driver.findElement(By.id("count-" + period)).getText().strip();
    }

    private void scan(String token) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("serveForm:entry"))).sendKeys(token + Keys.ENTER);
    }

    static String amount(Object value) {
        return ((BigDecimal) value).setScale(2).toPlainString();
    }

    @Test
    void theOperatorServesByCardAndIsRefusedASecondSubsidisedMealWhichIsServedAtFullPrice() throws Exception {
        Orders.provider(Orders.BC);   // 371602-P01 does MEALS and serves the site's township
        String suffix = String.valueOf(System.nanoTime() % 10000);
        long site = Meals.openSite(Orders.BC, "平板供餐食堂" + suffix);
        String name = "平板助餐" + suffix;
        long elder = Meals.elder(Orders.BC, name, ServerClock.today().getYear() - 72);
        long registration = Meals.register(Orders.BC, elder, site).getJsonNumber("id").longValue();
        String token = Meals.card(Orders.BC, registration);

        login(STAFF, 1024, 768);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navServe"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serveTitle")));
        driver.get(TestEnvironment.current().appUrl() + "/meals/serve.xhtml?site=" + site);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serveForm:entry")));
        String period = driver.findElement(By.cssSelector(".yy-period-count.current")).getAttribute("id")
                .replace("period-", "");
        assertEquals("0", count(period), "a new site has served nothing today");
        Browser.screenshot(driver, "meals-01-serve-ready");

        scan(token);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("servedName"), name));
        wait.until(ExpectedConditions.textToBe(By.id("count-" + period), "1"));
        long first = ((Number) Db.single("SELECT id FROM meals_serving WHERE elder_id = ?", elder)).longValue();
        String split = driver.findElement(By.id("servedSplit")).getText();
        assertTrue(split.contains(amount(Db.single("SELECT elder_part FROM meals_serving WHERE id = ?", first))),
                "the elder's part: " + split);
        BigDecimal subsidy = ((BigDecimal) Db.single("SELECT county_part + city_part + charity_part "
                + "FROM meals_serving WHERE id = ?", first));
        assertTrue(split.contains(subsidy.setScale(2).toPlainString()), "the subsidy: " + split);
        assertTrue(driver.findElement(By.id("serveForm:servedLine")).getText().contains("****"),
                "the ID number only masked");
        Browser.screenshot(driver, "meals-02-served");

        scan(token);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serveForm:refusal")));
        String refusal = driver.findElement(By.id("serveForm:refusal")).getText();
        assertTrue(refusal.contains("不能按补贴价供餐") && refusal.contains(name), refusal);
        assertTrue(refusal.contains("已经享受过"), "the reason, in Chinese: " + refusal);
        assertEquals("1", count(period), "the refused meal is not counted");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ?", elder));
        Browser.screenshot(driver, "meals-03-refused");

        driver.findElement(By.id("serveForm:fullPrice")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("servedSplit"), "全价"));
        wait.until(ExpectedConditions.textToBe(By.id("count-" + period), "2"));
        Browser.screenshot(driver, "meals-04-full-price");
        assertEquals(2, Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ?", elder));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ? AND subsidised = TRUE",
                elder));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_serving WHERE elder_id = ? AND full_price = TRUE",
                elder));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM meals_subsidy_claim WHERE elder_id = ?", elder));
        assertEquals(2, driver.findElements(By.cssSelector("[id='entriesForm:entries_data'] > tr")).size(),
                "both meals are in today's list");

        driver.manage().window().setSize(new Dimension(768, 1024));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serveForm:entry")));
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 768, "nothing wider than the upright tablet: " + width);
        Browser.screenshot(driver, "meals-05-upright");
    }
}
