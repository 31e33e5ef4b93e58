package org.yiyang.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, both set explicitly (Selenium Manager never
 * downloads anything). Without Chromium the browser tests are skipped with a loud message, except under
 * {@code CI=true}, where a missing browser fails the run.
 */
public final class Browser {

    public static final String CHROMIUM = System.getProperty("yiyang.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("yiyang.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(String language, int width, int height) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String msg = "\n*** BROWSER TESTS NEED CHROMIUM: " + CHROMIUM + " and " + CHROMEDRIVER + " are missing "
                    + "(apt-get install chromium chromium-driver). ***\n";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(msg + "CI=true: a missing browser fails the run.");
            }
            System.err.println(msg + "*** Skipping the browser tests. ***");
            Assumptions.assumeTrue(false, msg);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--lang=" + language, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (width < 600) {
            // a headless window is never narrower than 500 px: a phone's viewport is emulated instead
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves a screenshot into ear/target/screenshots for people to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("yiyang.home", ".."), "ear/target/screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("screenshot " + name + " failed: " + e.getMessage());
        }
    }
}
