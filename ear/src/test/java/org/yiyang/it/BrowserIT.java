package org.yiyang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yiyang.it.support.Browser;
import org.yiyang.it.support.Ids;
import org.yiyang.it.support.TestEnvironment;
import org.yiyang.it.support.Tokens;
import org.yiyang.it.support.YiyangIT;

/** A person in a real browser: Keycloak's login page, the county home, English, a new elder, logout. */
@YiyangIT
class BrowserIT {

    private ChromeDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            Browser.screenshot(driver, "99-last");
            driver.quit();
        }
    }

    @Test
    void logsInSeesTheCountySwitchesToEnglishAddsAnElderAndLogsOut() {
        driver = Browser.start("zh-CN", 1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String app = TestEnvironment.current().appUrl();

        driver.get(app + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertTrue(driver.getCurrentUrl().startsWith(TestEnvironment.current().issuer()), "Keycloak's own page");
        assertTrue(driver.getPageSource().contains("登录"), "the login page is in Chinese");
        Browser.screenshot(driver, "01-login");
        driver.findElement(By.id("username")).sendKeys("bc-admin");
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();

        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("countyTitle")));
        assertEquals("滨城区首页", title.getText());
        assertTrue(driver.findElement(By.id("townshipsHeading")).getText().contains("乡镇"));
        Browser.screenshot(driver, "02-home-zh");

        driver.findElement(By.id("langEn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("townshipsHeading"), "Townships and streets"));
        Browser.screenshot(driver, "03-home-en");

        driver.findElement(By.id("navElders")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("addElder"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("elderForm:name")));
        String idNumber = Ids.elder("371602");
        driver.findElement(By.id("elderForm:name")).sendKeys("浏览器测试");
        driver.findElement(By.id("elderForm:idNumber")).sendKeys(idNumber);
        // PrimeFaces' own widget API picks the village (clicking into its animated panel is flaky headless)
        driver.executeScript("PF('villageMenu').selectValue('371602001001')");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("elderForm:villageCode_label"), "新苑社区"));
        Browser.screenshot(driver, "04-new-elder");
        driver.findElement(By.id("elderForm:save")).click();

        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("elderName")));
        assertEquals("浏览器测试", name.getText());
        assertEquals(idNumber.substring(0, 6) + "********" + idNumber.substring(14),
                driver.findElement(By.id("identity:maskedId")).getText());
        Browser.screenshot(driver, "05-elder");
        driver.findElement(By.id("identity:reveal")).click();
        assertEquals(idNumber, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identity:fullId"))).getText(),
                "the county administrator sees the full number after asking for it");

        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.get(app + "/elders/list.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        Browser.screenshot(driver, "06-after-logout");
    }
}
